import express from "express";
declare const authHandler: any, appHandler: any, requireAuth: any, requireRole: any, passport: any, isAdmin: any, listUsers: any;

const router = express.Router();

// ruleid: admin-route-without-role-check
router.get("/admin/usersapi", authHandler.isAuthenticated, appHandler.listUsersAPI);
// ruleid: admin-route-without-role-check
router.delete("/api/admin/users/:id", passport.authenticate("jwt", { session: false }), listUsers);

// ok: admin-route-without-role-check
router.get("/admin/users", authHandler.isAuthenticated, authHandler.isAdmin, listUsers);
// ok: admin-route-without-role-check
router.get("/api/admin/stats", requireAuth, requireRole("admin"), listUsers);
// ok: admin-route-without-role-check
router.get("/admin", authHandler.isAuthenticated, (req: any, res: any) => res.render("admin", { admin: req.user.role === "admin" }));
// ok: admin-route-without-role-check
router.get("/profile", authHandler.isAuthenticated, listUsers);
// ok: admin-route-without-role-check
router.post("/admin/login", isAdmin, listUsers);

export function mounted(app: express.Express) {
  // ok: admin-route-without-role-check
  app.use("/backoffice", requireAuth, requireRole("admin"));
  // ok: admin-route-without-role-check
  app.get("/backoffice/stats", requireAuth, listUsers);
}
