// Sessions live in their sealed cookies, so any replica holding the keys serves any session without sticky routing.
// The server keeps only the ids signed out here, until their absolute expiry (see SECURITY.md for what that can revoke).
import { randomBytes } from 'node:crypto';
import { newCsrfToken } from './csrf';
import { openSession, sealSession, type SealedSession } from './sealed-cookie';
import type { SessionKeyring } from './session-keys';

export type Session = SealedSession;

export interface SessionTimeouts {
  /** A session unused this long is over. */
  idleMs: number;
  /** A session this old is over however busy it is. */
  absoluteMs: number;
}

export const defaultSessionTimeouts: SessionTimeouts = { idleMs: 30 * 60_000, absoluteMs: 8 * 60 * 60_000 };

/** Browsers keep cookies of up to 4096 bytes, name and attributes included; this leaves 200 for those. */
export const maxSealedBytes = 3_896;
/** Room for the user name the API server will answer with, which sign-in cannot know before it asks. */
const userNameAllowance = 'u'.repeat(256);

export class SealedSessions {
  /** Session id → when it would have expired anyway; signed out on this replica. */
  private readonly revoked = new Map<string, number>();

  constructor(
    private readonly keyring: SessionKeyring,
    private readonly timeouts: SessionTimeouts = defaultSessionTimeouts,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new session sealed for its cookie; undefined when the cookie would be too big for a browser to keep. */
  create(token: string, username: string): { session: Session; cookie: string } | undefined {
    const now = this.now();
    const id = randomBytes(16).toString('base64url');
    const session = { id, csrfToken: newCsrfToken(), token, username, createdAt: now, seenAt: now };
    const cookie = sealSession(session, this.keyring.sealingKey());
    // A browser drops a bigger cookie silently: sign-in would answer 201 and every request after it 401.
    return cookie.length <= maxSealedBytes ? { session, cookie } : undefined;
  }

  /**
   * The session with a token for one more cluster, re-sealed; undefined when the cookie would be too big (with tokens of
   * service accounts, about 880 characters on 1.20, two fit in all: the default cluster's and one more).
   */
  withCluster(
    session: Session,
    cluster: string,
    token: string,
    username: string,
  ): { session: Session; cookie: string } | undefined {
    const added = { ...session, clusters: { ...session.clusters, [cluster]: { token, username } } };
    const cookie = sealSession(added, this.keyring.sealingKey());
    return cookie.length <= maxSealedBytes ? { session: added, cookie } : undefined;
  }

  /**
   * Whether a session of this token, sealed, fits in a cookie browsers keep (a token of up to about 2,400 characters),
   * asked before the API server is; create() checks again with the user name it answers.
   */
  fitsInCookie(token: string): boolean {
    return this.create(token, userNameAllowance) !== undefined;
  }

  /** The live session sealed in this cookie; an altered, foreign, expired or signed-out one is undefined. */
  open(cookie: string | undefined): Session | undefined {
    if (cookie === undefined) return undefined;
    const session = openSession(cookie, this.keyring);
    return session !== undefined && this.isLive(session) ? session : undefined;
  }

  /**
   * The session touched now, re-sealed for a new cookie when its last touch is old enough to matter for idle expiry
   * (so not every response carries a new cookie). Re-sealing uses the first key, so active sessions move to it after a rotation.
   */
  touch(session: Session): { session: Session; cookie?: string } {
    const now = this.now();
    const stale = now - session.seenAt >= Math.min(this.timeouts.idleMs / 4, 60_000);
    if (!stale) return { session };
    const touched = { ...session, seenAt: now };
    return { session: touched, cookie: sealSession(touched, this.keyring.sealingKey()) };
  }

  /** Not signed out here, not idle past the limit, not past the absolute limit. */
  isLive(session: Session): boolean {
    const now = this.now();
    return (
      !this.revoked.has(session.id) &&
      now - session.seenAt < this.timeouts.idleMs &&
      now - session.createdAt < this.timeouts.absoluteMs
    );
  }

  /** Sign-out: this replica refuses the session from now on, until it would have expired anyway. */
  revoke(session: Session): void {
    const now = this.now();
    for (const [id, expires] of this.revoked) if (expires <= now) this.revoked.delete(id);
    this.revoked.set(session.id, session.createdAt + this.timeouts.absoluteMs);
  }
}
