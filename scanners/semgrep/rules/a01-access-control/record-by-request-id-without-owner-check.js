// Test cases for record-by-request-id-without-owner-check.

module.exports.userEditSubmit = function (req, res) {
  // ruleid: record-by-request-id-without-owner-check
  db.User.find({ where: { id: req.body.id } }).then((user) => {
    user.email = req.body.email;
    user.save();
    res.render("app/useredit", { userId: req.user.id, userEmail: req.user.email });
  });
};

function AllocationsHandler(allocationsDAO) {
  this.displayAllocations = function (req, res, next) {
    var userId = req.params.userId;
    // ruleid: record-by-request-id-without-owner-check
    allocationsDAO.getByUserIdAndThreshold(userId, req.query.threshold, function (err, allocations) {
      if (err) return next(err);
      return res.render("allocations", { userId, allocations });
    });
  };
}

const notes = {
  read_a_note: async (req, res) => {
    // ruleid: record-by-request-id-without-owner-check
    const note = await Note.findById(parseInt(req.params.noteId));
    res.json(note);
  },
  update_a_note: async (req, res) => {
    // ruleid: record-by-request-id-without-owner-check
    const note = await Note.findOneAndUpdate({ name: req.params.noteId }, req.body, { new: true });
    res.json(note);
  },
  delete_a_patient: async function (req, res) {
    // ruleid: record-by-request-id-without-owner-check
    await Patient.deleteOne({ _id: req.params.id });
    res.sendStatus(204);
  },
  // The query is scoped to the caller.
  read_own_note: async (req, res) => {
    // ok: record-by-request-id-without-owner-check
    const note = await Note.findOne({ _id: req.params.id, owner: req.user.id });
    res.json(note);
  },
  // The owner is checked after the read.
  read_checked: async (req, res) => {
    // ok: record-by-request-id-without-owner-check
    const order = await Order.findById(req.params.orderId);
    if (!order || order.customer !== req.user.id) return res.sendStatus(404);
    res.json(order);
  },
  // An authorisation helper decides.
  read_authorised: async (req, res) => {
    // ok: record-by-request-id-without-owner-check
    const doc = await Document.findById(req.params.id);
    authorize(req, doc, "read");
    res.json(doc);
  },
  // The id comes from the session, not from the client.
  my_allocations: function (req, res) {
    const userId = req.session.userId;
    // ok: record-by-request-id-without-owner-check
    allocationsDAO.getByUserId(userId, (err, a) => res.json(a));
  },
};

// A public catalogue read by id belongs to no one.
app.get("/products/:id", async (req, res) => {
  // ok: record-by-request-id-without-owner-check
  const product = await Product.findById(req.params.id);
  res.json(product);
});

app.get("/health", (req, res) => {});

// Reviews are public to read, not to change.
module.exports.showProductReviews = () => (req, res) => {
  // ok: record-by-request-id-without-owner-check
  db.reviewsCollection.find({ product: req.params.id }).then((reviews) => res.json(reviews));
};
module.exports.productReviews = () => (req, res, next) => {
  // ruleid: record-by-request-id-without-owner-check
  db.reviews.update({ _id: req.body.id }, { $set: { message: req.body.message } }).then((r) => res.json(r), next);
};

const userNotes = (req, res) => {
  const userid = req.params.userid;
  // ruleid: record-by-request-id-without-owner-check
  Notes.findAll({ where: { userid: userid } }).then((notes) => res.json(notes));
};
