// The Web APIs this package uses, present in browsers and in Node alike; declared here rather than pulling in
// the DOM or Node type libraries, so nothing browser-only or Node-only can sneak into shared code.
interface TextEncoder {
  encode(input?: string): Uint8Array;
}
declare const TextEncoder: { new (): TextEncoder };
interface TextDecoder {
  decode(input?: Uint8Array): string;
}
declare const TextDecoder: { new (label?: string): TextDecoder };
declare function btoa(data: string): string;
declare function atob(data: string): string;
// Only the parsed host is read (registryAddressKey), so only that is declared.
declare const URL: { new (url: string): { readonly hostname: string } };
