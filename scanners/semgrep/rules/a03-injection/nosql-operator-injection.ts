declare const User: any, db: any, prisma: any, UserModel: any, ObjectId: any;

export async function login(req: any, res: any) {
  // ruleid: nosql-operator-injection
  const user = await User.findOne({ email: req.body.email, password: req.body.password });
  const id = req.body.id;
  // ruleid: nosql-operator-injection
  await db.reviews.update({ _id: id }, { $set: { message: "x" } }, { multi: true });
  // ruleid: nosql-operator-injection
  await db.collection("patients").find({ ward: req.query.ward }).toArray();
  // A route parameter is always a string: no operator object can get in.
  // ok: nosql-operator-injection
  await User.deleteMany({ token: req.params.token });
  // ruleid: nosql-operator-injection
  await User.deleteMany({ token: req.body.token });
  res.json(user);
}

export async function safe(req: any) {
  // ok: nosql-operator-injection
  await User.findOne({ email: String(req.body.email) });
  // ok: nosql-operator-injection
  await User.findOne({ email: { $eq: req.body.email } });
  // ok: nosql-operator-injection
  await db.reviews.update({ _id: new ObjectId(req.body.id) }, { $set: { likes: 1 } });
  // ok: nosql-operator-injection
  await UserModel.findOne({ where: { email: req.body.email } });
  // ok: nosql-operator-injection
  await db.collection("patients").find({ ward: "cardiology" }).toArray();
  // ok: nosql-operator-injection
  [1, 2, 3].find((n) => n === Number(req.query.n));
  // ok: nosql-operator-injection
  await User.findOne({ age: Number(req.query.age) });
  const user = await UserModel.findByPk(1);
  // ok: nosql-operator-injection
  await user.update({ profileImage: req.body.imageUrl });
  // ok: nosql-operator-injection
  await UserModel.update({ name: req.body.name }, { where: { id: 1 } });
}

export async function filterInVariable(req: any, customers: any) {
  const myobj = { email: req.body.email, password: req.body.password };
  // ruleid: nosql-operator-injection
  customers.findOne(myobj, () => undefined);
  const query = req.body;
  // ruleid: nosql-operator-injection
  await User.find(query);
  let text = `{"username": "${req.body.username}"}`;
  const parsed = JSON.parse(text);
  // ruleid: nosql-operator-injection
  await User.find(parsed);
  const opts = { where: { email: req.body.email } };
  // ok: nosql-operator-injection
  await UserModel.findOne(opts);
  const safeQ = { email: String(req.body.email) };
  // ok: nosql-operator-injection
  await User.findOne(safeQ);
  // ok: nosql-operator-injection
  [1, 2, 3].find((n) => n === req.body.n);
}

declare function Param(name?: string): ParameterDecorator;
declare function Body(name?: string): ParameterDecorator;
export class PatientsController {
  byId(@Param("id") id: string) {
    // ok: nosql-operator-injection
    return User.findOne({ _id: id });
  }
  login(@Body() body: { email: string; password: string }) {
    // ruleid: nosql-operator-injection
    return User.findOne({ email: body.email, password: body.password });
  }
}
