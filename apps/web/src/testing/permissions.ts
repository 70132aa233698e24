import { permissionQuestions, type NamespacePermissions, type PermissionName } from '@berth/contracts';

/** A full `GET …/permissions` answer: every question `may`, except those named (the schema is strict, so none may be left out). */
export function permissionsAnswer(may: boolean, except: Partial<NamespacePermissions> = {}): NamespacePermissions {
  const all = Object.fromEntries(Object.keys(permissionQuestions).map((name) => [name, may])) as Record<
    PermissionName,
    boolean
  >;
  return { ...all, ...except };
}
