import express from "express";
declare const requireAuth: any, requireRole: any, appConfiguration: any, deleteUser: any, stats: any, listUsers: any, healthcheck: any, passport: any, fastify: any;

const app = express();
const adminRouter = express.Router();

// ruleid: admin-route-without-auth
app.get("/rest/admin/application-configuration", appConfiguration());
// ruleid: admin-route-without-auth
app.delete("/api/admin/users/:id", express.json(), deleteUser);
// ruleid: admin-route-without-auth
adminRouter.get("/admin", stats);

// ok: admin-route-without-auth
app.get("/api/admin/users", requireAuth, requireRole("admin"), listUsers);
// ok: admin-route-without-auth
app.post("/admin/stats", passport.authenticate("jwt", { session: false }), stats);
// ok: admin-route-without-auth
fastify.get("/admin/stats", { preHandler: [fastify.verifyAdmin] }, stats);
// ok: admin-route-without-auth
app.get("/api/administrators-guide.pdf", healthcheck);
// ok: admin-route-without-auth
app.get("/health", healthcheck);

export function mount(router: express.Router) {
  // ok: admin-route-without-auth
  router.use("/backoffice", requireAuth, requireRole("admin"));
  // ok: admin-route-without-auth
  router.get("/backoffice/stats", stats);
}
