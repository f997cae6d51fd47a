declare const logger: { info(...a: unknown[]): void; debug(...a: unknown[]): void };

export function login(req: any, user: { id: string }, accessToken: string) {
  // ruleid: secret-in-log
  console.log("login attempt", req.body.username, req.body.password);
  // ruleid: secret-in-log
  logger.debug(`issued token ${accessToken} for ${user.id}`);
  // ruleid: secret-in-log
  logger.info({ user: user.id, token: accessToken });
  // ruleid: secret-in-log
  console.error("auth header: " + req.headers.authorization);
  // ok: secret-in-log
  console.log("password reset requested for", user.id);
  // ok: secret-in-log
  logger.info({ user: user.id, tokenLength: accessToken.length });
  // ok: secret-in-log
  logger.info("token issued", { user: user.id });
}
