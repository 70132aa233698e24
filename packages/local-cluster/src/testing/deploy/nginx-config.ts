// The reverse proxy in front of Berth's replicas, as an ingress controller would be: TLS, everything under the base
// path passed on unchanged, round-robin with no stickiness, X-Forwarded-* set, and one access-log line per request
// naming the upstream that answered.

export interface ProxyConfig {
  /** Where nginx keeps its pid, logs and temp files. */
  dir: string;
  listenPort: number;
  basePath: string;
  upstreams: readonly string[];
  certFile: string;
  keyFile: string;
}

export const accessLogName = 'access.log';

export function nginxConfig(config: ProxyConfig): string {
  const { dir } = config;
  const servers = config.upstreams.map((upstream) => `    server ${upstream};`).join('\n');
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  log_format upstreams '$remote_addr "$request" $status upstream=$upstream_addr';
  access_log ${dir}/${accessLogName} upstreams;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  # Round-robin (nginx's default) and no ip_hash, hash or sticky cookie: any request may reach any replica.
  upstream berth {
${servers}
  }
  server {
    listen 127.0.0.1:${config.listenPort} ssl;
    ssl_certificate ${config.certFile};
    ssl_certificate_key ${config.keyFile};
    location ${config.basePath} {
      # No URI part: the prefix reaches Berth unchanged, which serves under it (--base-path).
      proxy_pass http://berth;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto https;
      proxy_set_header X-Forwarded-Host $http_host;
      # The namespace's live stream is Server-Sent Events: pass each frame on at once, and keep it open.
      proxy_buffering off;
      proxy_read_timeout 1h;
    }
  }
}
`;
}

/** Requests per upstream address, from the access log's `upstream=` fields (a retried request names each it tried). */
export function requestsPerUpstream(accessLog: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of accessLog.matchAll(/ upstream=(.+)$/gm)) {
    for (const upstream of (match[1] ?? '').split(/,\s*/)) {
      if (upstream === '-' || upstream === '') continue;
      counts.set(upstream, (counts.get(upstream) ?? 0) + 1);
    }
  }
  return counts;
}
