// Test cases for prototype-pollution-recursive-merge.

const merge = (target, source) => {
  for (let key in source) {
    if (typeof source[key] === "object" && source[key] !== null) {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
      // ruleid: prototype-pollution-recursive-merge
      target[key] = source[key];
    }
  }
  return target;
};

function deepAssign(dst, src) {
  for (const k of Object.keys(src)) {
    if (src[k] && typeof src[k] === "object") deepAssign(dst[k] || (dst[k] = {}), src[k]);
    // ruleid: prototype-pollution-recursive-merge
    else dst[k] = src[k];
  }
  return dst;
}

// ruleid: prototype-pollution-recursive-merge
function copyInto(dst, src) {
  for (const k in src) {
    if (typeof src[k] === "object") copyInto(dst[k] || (dst[k] = {}), src[k]);
    else Reflect.set(dst, k, src[k]);
  }
  return dst;
}

// ok: prototype-pollution-recursive-merge
function safeMerge(target, source) {
  for (const key in source) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    if (typeof source[key] === "object") safeMerge(target[key] || (target[key] = {}), source[key]);
    else target[key] = source[key];
  }
  return target;
}

// ok: prototype-pollution-recursive-merge
function shallow(target, source) {
  for (const key in source) target[key] = source[key];
  return target;
}
