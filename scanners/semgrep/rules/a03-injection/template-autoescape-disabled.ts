import nunjucks from "nunjucks";
import Handlebars from "handlebars";
import Mustache from "mustache";

// ruleid: template-autoescape-disabled
nunjucks.configure("views", { autoescape: false, watch: false });
// ruleid: template-autoescape-disabled
export const page = Handlebars.compile("<p>{{comment}}</p>", { noEscape: true });
// ruleid: template-autoescape-disabled
Mustache.escape = (text: string) => text;
// ok: template-autoescape-disabled
nunjucks.configure("views", { autoescape: true });
// ok: template-autoescape-disabled
export const safePage = Handlebars.compile("<p>{{comment}}</p>");
