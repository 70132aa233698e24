import { randomBytes } from 'node:crypto';

export interface Session {
  id: string;
  token: string;
  username: string;
  createdAt: number;
  lastSeenAt: number;
}

export interface SessionTimeouts {
  /** A session unused this long is over. */
  idleMs: number;
  /** A session this old is over however busy it is. */
  absoluteMs: number;
}

export const defaultSessionTimeouts: SessionTimeouts = { idleMs: 30 * 60_000, absoluteMs: 8 * 60 * 60_000 };

/** Server-side sessions: the token never leaves the BFF; the browser holds only a random 256-bit id. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly timeouts: SessionTimeouts = defaultSessionTimeouts,
    private readonly now: () => number = Date.now,
  ) {}

  create(token: string, username: string): Session {
    this.sweep();
    const now = this.now();
    const session = { id: randomBytes(32).toString('base64url'), token, username, createdAt: now, lastSeenAt: now };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The live session with this id, touched; an expired one is deleted and not returned. */
  find(id: string | undefined): Session | undefined {
    if (id === undefined) return undefined;
    const session = this.sessions.get(id);
    if (session === undefined) return undefined;
    if (!this.isLive(session)) {
      this.sessions.delete(id);
      return undefined;
    }
    session.lastSeenAt = this.now();
    return session;
  }

  /** Whether the session still exists and has not timed out, without counting as use. */
  isLive(session: Session): boolean {
    const now = this.now();
    return (
      this.sessions.get(session.id) === session &&
      now - session.lastSeenAt < this.timeouts.idleMs &&
      now - session.createdAt < this.timeouts.absoluteMs
    );
  }

  delete(id: string): void {
    this.sessions.delete(id);
  }

  get size(): number {
    return this.sessions.size;
  }

  private sweep(): void {
    for (const session of [...this.sessions.values()]) if (!this.isLive(session)) this.sessions.delete(session.id);
  }
}
