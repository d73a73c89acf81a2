// Small DOM helpers: elements from tag, attributes and children; escaping.
//
//   el('button', { type: 'button', onclick: go }, 'Open')

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : String(c));
  return node;
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

export function fmt(n, digits = 0) {
  return Number(n).toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

// Shows a message in the status line (errors are shown, never thrown to the console).
export function status(text, isError = false) {
  const s = document.getElementById('status');
  s.textContent = text || '';
  s.classList.toggle('error', !!isError);
}
