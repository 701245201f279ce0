#!/usr/bin/env node
// Offline check of the add-in's XML manifest (Microsoft's validation service can't be reached from here, and the
// published XSDs ship in no npm package): (1) XML well-formedness, namespaces included; (2) the structure of the
// Office manifest schemas for a task pane add-in — OfficeAppManifestV1_1, TaskPaneAppVersionOverridesV1_0 and
// OfficeAppBasicTypesV1_0 — transcribed below: elements in schema order with their counts, attributes, simple types
// (GUID, version, culture names, 125/250-character strings, 32-character resource ids, URLs); (3) what the schemas
// can't say: every resid resolves to a resource of the right kind, ids are unique, icons exist in assets/ as PNGs
// of the declared pixel size, same-origin pages exist, every URL is https, both Excel (Workbook) and Word
// (Document) are declared, and no Requirements names one application's set (ExcelApi, WordApi…) while another host is
// declared; (4) office-addin-manifest's own reader parses it.
//
//   node scripts/validate-manifest.js [manifest.xml] [--root DIR]
//
// DIR (default: the manifest's folder) is the project whose assets/ and src/taskpane/ serve the manifest's URLs.
// Exit code: 0 valid (warnings allowed), 1 problems found, 2 bad usage.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { URL } = require('node:url');
const sax = require('sax');

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  ov11: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
  xmlns: 'http://www.w3.org/2000/xmlns/',
};
const REQUIRED_HOSTS = ['Workbook', 'Document'];
const HOST_APPS = { Workbook: 'Excel', Document: 'Word', Presentation: 'PowerPoint', Notebook: 'OneNote', Project: 'Project', Database: 'Access', Mailbox: 'Outlook' };
/** Requirement sets of one application (by name prefix), and the host that application is. */
const APPLICATION_SETS = [['ExcelApi', 'Workbook'], ['WordApi', 'Document'], ['PowerPointApi', 'Presentation'], ['OneNoteApi', 'Notebook'], ['Mailbox', 'Mailbox']];

// ---------------------------------------------------------------- XML → tree

/** Parses XML into elements {name, uri, attrs: [{name, local, uri, value}], children, text, line, col}; throws on the first well-formedness error. */
function parseXml(text) {
  const parser = sax.parser(true, { xmlns: true, position: true });
  let root = null;
  const stack = [];
  let failure = null;
  parser.onerror = (e) => {
    if (!failure) failure = { message: e.message.split('\n')[0], line: parser.line + 1, col: parser.column + 1 };
    parser.error = null;
  };
  parser.onopentag = (n) => {
    const el = {
      name: n.local,
      qname: n.name,
      uri: n.uri,
      attrs: Object.values(n.attributes).map((a) => ({ name: a.name, local: a.local, uri: a.uri, value: a.value })),
      children: [],
      text: '',
      line: parser.line + 1,
      col: parser.column + 1,
    };
    if (stack.length) stack[stack.length - 1].children.push(el);
    else if (!root) root = el;
    stack.push(el);
  };
  parser.onclosetag = () => stack.pop();
  parser.ontext = (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  };
  parser.oncdata = parser.ontext;
  parser.write(text).close();
  if (failure) throw Object.assign(new Error(failure.message), { line: failure.line, col: failure.col });
  if (!root) throw Object.assign(new Error('no root element'), { line: 1, col: 1 });
  return root;
}

const attr = (el, name, uri = '') => el.attrs.find((a) => a.local === name && a.uri === uri)?.value;
const xsiType = (el) => {
  const v = attr(el, 'type', NS.xsi);
  return v === undefined ? undefined : v.slice(v.indexOf(':') + 1);
};
const kids = (el, name, uri) => el.children.filter((c) => c.name === name && (uri === undefined || c.uri === uri));
const kid = (el, name, uri) => kids(el, name, uri)[0];

// ---------------------------------------------------------------- simple types (OfficeAppBasicTypesV1_0)

const codePoints = (s) => [...s].length;
const lengthType = (label, min, max) => (v) =>
  codePoints(v) < min ? `${label} must not be empty` : codePoints(v) > max ? `${label} is ${codePoints(v)} characters long; at most ${max} are allowed` : null;

const T = {
  NonEmpty: lengthType('the value', 1, Infinity),
  Short: lengthType('a short string', 1, 125),
  Long: lengthType('a long string', 1, 250),
  RefId: lengthType('a resource id', 1, 32),
  UUID: (v) =>
    /^((urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\})$/i.test(v)
      ? null
      : `"${v}" is not a GUID`,
  Version: (v) => (/^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/.test(v) ? null : `"${v}" is not a version (1 to 4 numbers of up to 5 digits, e.g. 1.0.0.0)`),
  ShortVersion: (v) => (/^[0-9]{1,5}\.[0-9]{1,5}$/.test(v) ? null : `"${v}" is not a short version (e.g. 1.1)`),
  Culture: (v) =>
    /^([a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/.test(v)
      ? null
      : `"${v}" is not a culture name (e.g. vi-VN, en-US)`,
  /** Every URL of this add-in is absolute https (Office loads nothing else). */
  URL: (v) => {
    if (codePoints(v) > 2048) return 'a URL has at most 2048 characters';
    let u;
    try {
      u = new URL(v);
    } catch {
      return `"${v}" is not an absolute URL`;
    }
    return u.protocol === 'https:' ? null : `"${v}" must use https`;
  },
  Bool: (v) => (/^(true|false|1|0)$/.test(v) ? null : `"${v}" is not a boolean`),
  Int: (min, max) => (v) => (/^[0-9]+$/.test(v) && +v >= min && +v <= max ? null : `"${v}" is not a whole number from ${min} to ${max}`),
  Enum: (...values) => (v) => (values.includes(v) ? null : `"${v}" is not one of ${values.join(', ')}`),
};

// ---------------------------------------------------------------- content models (complex types)

// A type: { attrs: {name: [simpleType, required]}, seq: [{name, ns, type, min, max}], text: simpleType, xsi: {typeName: type} }.
// `type: 'lax'` accepts any content; an item with `anyNs` accepts any element of that namespace, laxly.
const el = (name, ns, type, min = 1, max = 1) => ({ name, ns, type, min, max });
const LAX = 'lax';

function localeAware(valueType, ns) {
  return {
    attrs: { DefaultValue: [valueType, true] },
    seq: [el('Override', ns, { attrs: { Locale: [T.Culture, true], Value: [valueType, true] }, seq: [] }, 0, Infinity)],
  };
}
function resourceWithId(valueType) {
  return {
    attrs: { id: [T.RefId, true], DefaultValue: [valueType, true] },
    seq: [el('Override', NS.bt, { attrs: { Locale: [T.Culture, true], Value: [valueType, true] }, seq: [] }, 0, Infinity)],
  };
}
const ref = (kind) => ({ attrs: { resid: [T.RefId, true] }, seq: [], ref: kind });
const ShortRef = ref('ShortStrings');
const LongRef = ref('LongStrings');
const UrlRef = ref('Urls');

const IconList = {
  seq: [el('Image', NS.bt, { attrs: { resid: [T.RefId, true], size: [T.Enum('16', '20', '24', '32', '40', '48', '64', '80'), true] }, seq: [], ref: 'Images' }, 1, Infinity)],
  iconList: true,
};
const Supertip = { seq: [el('Title', NS.ov, ShortRef), el('Description', NS.ov, LongRef)] };
const Action = {
  xsi: {
    ShowTaskpane: { seq: [el('TaskpaneId', NS.ov, { text: T.Short }, 0), el('SourceLocation', NS.ov, UrlRef), el('Title', NS.ov, ShortRef, 0)] },
    ExecuteFunction: { seq: [el('FunctionName', NS.ov, { text: T.Long })] },
  },
};
const controlId = { id: [T.Short, true] };
const MenuItem = {
  attrs: controlId,
  seq: [el('Label', NS.ov, ShortRef), el('Supertip', NS.ov, Supertip), el('Icon', NS.ov, IconList, 0), el('Action', NS.ov, Action)],
  uniqueId: 'control',
};
const Control = {
  xsi: {
    Button: { attrs: controlId, seq: [el('Label', NS.ov, ShortRef), el('Supertip', NS.ov, Supertip), el('Icon', NS.ov, IconList), el('Action', NS.ov, Action)], uniqueId: 'control' },
    Menu: {
      attrs: controlId,
      seq: [el('Label', NS.ov, ShortRef), el('Supertip', NS.ov, Supertip), el('Icon', NS.ov, IconList), el('Items', NS.ov, { seq: [el('Item', NS.ov, MenuItem, 1, Infinity)] })],
      uniqueId: 'control',
    },
  },
};
const Group = { attrs: { id: [T.Short, true] }, seq: [el('Label', NS.ov, ShortRef), el('Icon', NS.ov, IconList), el('Control', NS.ov, Control, 1, Infinity)], uniqueId: 'group' };
const sourceOnly = { seq: [el('SourceLocation', NS.ov, UrlRef)] };
const ExtensionPoint = {
  xsi: {
    PrimaryCommandSurface: {
      seq: [
        el('OfficeTab', NS.ov, { attrs: { id: [T.Short, true] }, seq: [el('Group', NS.ov, Group, 1, Infinity)] }, 0, Infinity),
        el('CustomTab', NS.ov, { attrs: { id: [T.Short, true] }, seq: [el('Group', NS.ov, Group, 1, Infinity), el('Label', NS.ov, ShortRef)], uniqueId: 'tab' }, 0, Infinity),
      ],
    },
    ContextMenu: { seq: [el('OfficeMenu', NS.ov, { attrs: { id: [T.Short, true] }, seq: [el('Control', NS.ov, Control, 1, Infinity)] }, 1, Infinity)] },
    CustomFunctions: {
      seq: [el('Script', NS.ov, sourceOnly), el('Page', NS.ov, sourceOnly), el('Metadata', NS.ov, sourceOnly, 0), el('Namespace', NS.ov, ShortRef, 0)],
    },
  },
};
const FormFactor = {
  seq: [
    el('GetStarted', NS.ov, { seq: [el('Title', NS.ov, ShortRef), el('Description', NS.ov, LongRef), el('LearnMoreUrl', NS.ov, UrlRef)] }, 0),
    el('FunctionFile', NS.ov, UrlRef, 0),
    el('ExtensionPoint', NS.ov, ExtensionPoint, 1, Infinity),
  ],
};
const OvHost = { seq: [el('AllFormFactors', NS.ov, LAX, 0), el('DesktopFormFactor', NS.ov, FormFactor, 0)], hostScope: true };
const Sets = (ns) => ({
  attrs: { DefaultMinVersion: [T.ShortVersion, false] },
  seq: [el('Set', ns, { attrs: { Name: [T.Short, true], MinVersion: [T.ShortVersion, false] }, seq: [] }, 1, Infinity)],
});
const Resources = {
  seq: [
    el('Images', NS.bt, { seq: [el('Image', NS.bt, { ...resourceWithId(T.URL), resource: 'Images' }, 0, Infinity)] }, 0),
    el('Urls', NS.bt, { seq: [el('Url', NS.bt, { ...resourceWithId(T.URL), resource: 'Urls' }, 0, Infinity)] }, 0),
    el('ShortStrings', NS.bt, { seq: [el('String', NS.bt, { ...resourceWithId(T.Short), resource: 'ShortStrings' }, 0, Infinity)] }, 0),
    el('LongStrings', NS.bt, { seq: [el('String', NS.bt, { ...resourceWithId(T.Long), resource: 'LongStrings' }, 0, Infinity)] }, 0),
  ],
};
const VersionOverrides = {
  xsi: {
    VersionOverridesV1_0: {
      seq: [
        el('Description', NS.ov, LongRef, 0),
        el('Requirements', NS.ov, { seq: [el('Sets', NS.bt, Sets(NS.bt))] }, 0),
        el('Hosts', NS.ov, { seq: [el('Host', NS.ov, { xsi: { Workbook: OvHost, Document: OvHost, Notebook: OvHost, Presentation: OvHost } }, 1, Infinity)] }, 0),
        el('Resources', NS.ov, Resources, 0),
        el('WebApplicationInfo', NS.ov, LAX, 0),
        el('EquivalentAddins', NS.ov, LAX, 0),
        { anyNs: NS.ov11, min: 0, max: 1 },
      ],
    },
  },
};
const TaskPaneApp = {
  seq: [
    el('Id', NS.app, { text: T.UUID }),
    el('AlternateId', NS.app, { text: T.NonEmpty }, 0),
    el('Version', NS.app, { text: T.Version }),
    el('ProviderName', NS.app, { text: T.Short }),
    el('DefaultLocale', NS.app, { text: T.Culture }),
    el('DisplayName', NS.app, localeAware(T.Short, NS.app)),
    el('Description', NS.app, localeAware(T.Long, NS.app)),
    el('IconUrl', NS.app, localeAware(T.URL, NS.app), 0),
    el('HighResolutionIconUrl', NS.app, localeAware(T.URL, NS.app), 0),
    el('SupportUrl', NS.app, localeAware(T.URL, NS.app), 0),
    el('AppDomains', NS.app, { seq: [el('AppDomain', NS.app, { text: (v) => T.Long(v) || T.URL(v) }, 1, Infinity)] }, 0),
    el(
      'Hosts',
      NS.app,
      { seq: [el('Host', NS.app, { attrs: { Name: [T.Enum('Document', 'Database', 'Mailbox', 'Notebook', 'Presentation', 'Project', 'Workbook'), true] }, seq: [] }, 1, Infinity)] },
      0,
    ),
    el('Requirements', NS.app, { seq: [el('Sets', NS.app, Sets(NS.app), 0), el('Methods', NS.app, LAX, 0)] }, 0),
    el('DefaultSettings', NS.app, { seq: [el('SourceLocation', NS.app, localeAware(T.URL, NS.app))] }),
    el('Permissions', NS.app, { text: T.Enum('Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument') }),
    el('Dictionary', NS.app, LAX, 0),
    el('VersionOverrides', NS.ov, VersionOverrides, 0),
    { anyNs: NS.dsig, min: 0, max: 1 },
  ],
};

// ---------------------------------------------------------------- the check

function validateXmlText(text) {
  const problems = [];
  const report = (severity, node, message) => problems.push({ severity, line: node?.line, col: node?.col, message });
  const error = (node, message) => report('error', node, message);
  const warn = (node, message) => report('warning', node, message);

  let root;
  try {
    root = parseXml(text);
  } catch (e) {
    error({ line: e.line, col: e.col }, `not well-formed XML: ${e.message}`);
    return { problems, root: null };
  }

  const refs = []; // {kind, id, node, size}
  const resources = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  const ids = new Map(); // scope → Map(id → node)
  let hostScope = 'manifest';
  const pathOf = (stack) => stack.join(' › ');

  function checkAttributes(node, type, where) {
    const declared = type.attrs ?? {};
    for (const a of node.attrs) {
      if (a.uri === NS.xmlns || a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
      if (a.uri === NS.xsi) {
        if (a.local !== 'type') error(node, `${where}: unexpected attribute ${a.name}`);
        continue;
      }
      if (a.uri !== '' || !(a.local in declared)) {
        error(node, `${where}: unexpected attribute ${a.name}`);
        continue;
      }
      const problem = declared[a.local][0](a.value);
      if (problem) error(node, `${where} ${a.local}: ${problem}`);
    }
    for (const [name, [, required]] of Object.entries(declared)) {
      if (required && attr(node, name) === undefined) error(node, `${where}: the ${name} attribute is missing`);
    }
  }

  function checkNode(node, type, stack) {
    const where = pathOf(stack);
    if (type === LAX) return;
    if (type.xsi) {
      const t = xsiType(node);
      if (t === undefined) return error(node, `${where}: xsi:type is missing (one of ${Object.keys(type.xsi).join(', ')})`);
      if (!type.xsi[t]) return error(node, `${where}: xsi:type "${t}" is not one of ${Object.keys(type.xsi).join(', ')}`);
      return checkNode(node, { ...type.xsi[t], xsiTyped: t }, stack);
    }
    if (!type.xsiTyped && attr(node, 'type', NS.xsi) !== undefined) error(node, `${where}: unexpected attribute xsi:type`);
    checkAttributes(node, type, where);

    const savedScope = hostScope;
    if (type.hostScope) hostScope = `host ${type.xsiTyped}`;
    if (type.uniqueId) {
      const id = attr(node, 'id');
      const scope = `${hostScope} ${type.uniqueId}`;
      if (!ids.has(scope)) ids.set(scope, new Map());
      if (id !== undefined && ids.get(scope).has(id)) error(node, `${where}: id "${id}" is used twice in ${hostScope} (first at line ${ids.get(scope).get(id).line})`);
      else if (id !== undefined) ids.get(scope).set(id, node);
    }
    if (type.ref) refs.push({ kind: type.ref, id: attr(node, 'resid'), node, where, size: attr(node, 'size') });
    if (type.resource) {
      const id = attr(node, 'id');
      const map = resources[type.resource];
      if (id !== undefined && map.has(id)) error(node, `${where}: resource id "${id}" is defined twice in ${type.resource}`);
      else if (id !== undefined) map.set(id, node);
      for (const [kind, other] of Object.entries(resources)) {
        if (kind !== type.resource && id !== undefined && other.has(id)) warn(node, `${where}: resource id "${id}" is also used in ${kind}`);
      }
    }
    if (type.iconList) {
      const sizes = kids(node, 'Image', NS.bt).map((i) => attr(i, 'size'));
      for (const s of ['16', '32', '80']) if (!sizes.includes(s)) error(node, `${where}: no ${s}px image (16, 32 and 80 are mandatory)`);
    }
    const localeOverrides = kids(node, 'Override');
    if (localeOverrides.length) {
      const seen = new Set();
      for (const o of localeOverrides) {
        const loc = (attr(o, 'Locale') ?? '').toLowerCase();
        if (seen.has(loc)) error(o, `${where}: locale ${attr(o, 'Locale')} is overridden twice`);
        seen.add(loc);
        if (defaultLocale && loc === defaultLocale.toLowerCase()) warn(o, `${where}: an Override for the default locale ${defaultLocale} (the DefaultValue already is)`);
      }
    }

    if (type.text) {
      if (node.children.length) error(node.children[0], `${where}: no child elements are allowed here`);
      const value = node.text.trim();
      const problem = type.text(value);
      if (problem) error(node, `${where}: ${problem}`);
    } else {
      if (node.text.trim()) error(node, `${where}: unexpected text "${node.text.trim().slice(0, 40)}"`);
      checkSequence(node, type.seq ?? [], stack);
    }
    hostScope = savedScope;
  }

  function checkSequence(node, seq, stack) {
    const where = pathOf(stack);
    const named = seq.filter((s) => s.name);
    const order = named.map((s) => s.name).join(', ');
    const matches = (item, c) => (item.anyNs ? c.uri === item.anyNs : c.name === item.name && c.uri === item.ns);
    const counts = seq.map(() => 0);
    let pos = 0;
    for (const c of node.children) {
      let j = seq.findIndex((item, k) => k >= pos && matches(item, c));
      if (j === -1) {
        const earlier = seq.findIndex((item) => matches(item, c));
        if (earlier === -1) {
          const wrongNs = named.find((s) => s.name === c.name);
          if (wrongNs) error(c, `${where}: <${c.qname}> is in namespace ${c.uri || '(none)'}, expected ${wrongNs.ns}`);
          else error(c, `${where}: unexpected element <${c.qname}>${named.length ? ` (allowed here: ${order})` : ''}`);
          continue;
        }
        if (earlier === pos || counts[earlier] >= seq[earlier].max) error(c, `${where}: <${c.name}> appears more than ${seq[earlier].max === 1 ? 'once' : `${seq[earlier].max} times`}`);
        else error(c, `${where}: <${c.name}> is out of order: it must come before <${seq[pos].name}> (the schema's order is ${order})`);
        j = earlier;
      } else {
        pos = j;
        if (counts[j] >= seq[j].max) error(c, `${where}: <${c.name}> appears more than ${seq[j].max === 1 ? 'once' : `${seq[j].max} times`}`);
      }
      counts[j]++;
      if (!seq[j].anyNs) checkNode(c, seq[j].type, [...stack, label(c)]);
    }
    seq.forEach((item, k) => {
      if (counts[k] >= item.min) return;
      const prev = seq.slice(0, k).reverse().find((s, r) => s.name && counts[k - 1 - r] > 0);
      error(node, `${where}: <${item.name}> is missing${prev ? ` (expected after <${prev.name}>)` : ''}`);
    });
  }

  const label = (n) => {
    const id = attr(n, 'id') ?? attr(n, 'resid');
    const t = xsiType(n);
    return `${n.name}${t ? `[${t}]` : ''}${id ? `#${id}` : ''}`;
  };

  // Root: <OfficeApp xsi:type="TaskPaneApp"> in the 1.1 manifest namespace.
  let defaultLocale = kid(root, 'DefaultLocale', NS.app)?.text.trim();
  if (root.name !== 'OfficeApp' || root.uri !== NS.app) {
    error(root, `the root element must be <OfficeApp xmlns="${NS.app}">, not <${root.qname}> in ${root.uri || 'no namespace'}`);
    return { problems, root };
  }
  const appType = xsiType(root);
  if (appType !== 'TaskPaneApp') {
    error(root, `OfficeApp xsi:type is ${appType === undefined ? 'missing' : `"${appType}"`}: this checker and the add-in expect "TaskPaneApp"`);
    return { problems, root };
  }
  checkNode(root, { ...TaskPaneApp, xsiTyped: 'TaskPaneApp' }, ['OfficeApp']);

  // What the schema leaves optional but this add-in needs (Office shows these, and the store requires them).
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts']) {
    if (!kid(root, name, NS.app)) error(root, `OfficeApp: <${name}> is missing (optional in the schema, required for this add-in)`);
  }
  const topHosts = kids(kid(root, 'Hosts', NS.app) ?? { children: [] }, 'Host', NS.app).map((h) => attr(h, 'Name'));
  const vo = kid(root, 'VersionOverrides', NS.ov);
  const ovHostsEl = vo && kid(vo, 'Hosts', NS.ov);
  const ovHosts = ovHostsEl ? kids(ovHostsEl, 'Host', NS.ov).map(xsiType) : [];
  for (const h of REQUIRED_HOSTS) {
    if (!topHosts.includes(h)) error(kid(root, 'Hosts', NS.app) ?? root, `OfficeApp › Hosts: no <Host Name="${h}"/> (${h === 'Workbook' ? 'Excel' : 'Word'})`);
    if (!vo) continue;
    if (!ovHosts.includes(h)) error(ovHostsEl ?? vo, `VersionOverrides › Hosts: no <Host xsi:type="${h}"> (${h === 'Workbook' ? 'Excel' : 'Word'}): no ribbon button there`);
  }
  if (!vo) error(root, 'OfficeApp: <VersionOverrides> is missing: no ribbon button in Excel or Word');
  for (const h of ovHosts) if (h && !topHosts.includes(h)) error(ovHostsEl, `VersionOverrides › Hosts: ${h} is not among OfficeApp › Hosts`);
  for (const [i, h] of ovHosts.entries()) if (ovHosts.indexOf(h) !== i) error(ovHostsEl, `VersionOverrides › Hosts: ${h} appears twice`);

  // Office installs the add-in (or, for VersionOverrides, shows its buttons) only where every set listed is supported:
  // one application's set (ExcelApi) with another host declared (Document) makes it unavailable in that host.
  const under = (el, ...path) => path.reduce((e, [name, uri]) => (e ? kid(e, name, uri) : undefined), el);
  const listedSets = [
    ...kids(under(root, ['Requirements', NS.app], ['Sets', NS.app]) ?? { children: [] }, 'Set', NS.app),
    ...(vo ? kids(under(vo, ['Requirements', NS.ov], ['Sets', NS.bt]) ?? { children: [] }, 'Set', NS.bt) : []),
  ];
  for (const set of listedSets) {
    const name = attr(set, 'Name') ?? '';
    const host = APPLICATION_SETS.find(([prefix]) => name.toLowerCase().startsWith(prefix.toLowerCase()))?.[1];
    const others = topHosts.filter((h) => h && h !== host);
    if (host && others.length) {
      error(set, `Requirements: ${name} is ${HOST_APPS[host] ?? host}'s alone, so the add-in would not be available in ${others.map((h) => HOST_APPS[h] ?? h).join(' or ')} (every set listed must be supported); check it at run time with Office.context.requirements.isSetSupported instead`);
    }
  }

  // Every resid names a resource of the kind its element takes.
  const used = new Set();
  for (const r of refs) {
    if (r.id === undefined) continue;
    const node = resources[r.kind].get(r.id);
    if (!node) {
      const elsewhere = Object.keys(resources).find((k) => resources[k].has(r.id));
      error(r.node, `${r.where}: resid "${r.id}" is not defined in Resources › ${r.kind}${elsewhere ? ` (it is in ${elsewhere}, the wrong kind)` : ''}`);
      continue;
    }
    used.add(`${r.kind}:${r.id}`);
  }
  for (const [kind, map] of Object.entries(resources)) {
    for (const [id, node] of map) if (!used.has(`${kind}:${id}`)) warn(node, `Resources › ${kind}: "${id}" is never referenced`);
  }
  return { problems, root, refs, resources };
}

// ---------------------------------------------------------------- files behind the URLs

/** Width and height of a PNG (from its IHDR chunk), or null if the file is not a PNG. */
function pngSize(file) {
  const fd = fs.openSync(file, 'r');
  try {
    const b = Buffer.alloc(24);
    fs.readSync(fd, b, 0, 24, 0);
    if (b.readUInt32BE(0) !== 0x89504e47 || b.readUInt32BE(4) !== 0x0d0a1a0a || b.toString('latin1', 12, 16) !== 'IHDR') return null;
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  } finally {
    fs.closeSync(fd);
  }
}

function checkFiles(result, root) {
  const { problems } = result;
  const m = result.root;
  const error = (node, message) => problems.push({ severity: 'error', line: node?.line, col: node?.col, message });
  const warn = (node, message) => problems.push({ severity: 'warning', line: node?.line, col: node?.col, message });

  const source = kid(kid(m, 'DefaultSettings', NS.app) ?? { children: [] }, 'SourceLocation', NS.app);
  let origin = null;
  try {
    origin = new URL(attr(source, 'DefaultValue')).origin;
  } catch {
    /* reported by the schema check */
  }

  // The dev server and dist-pane/ serve /assets/* from assets/ and the pages from src/taskpane/.
  const localFile = (url) => {
    let u;
    try {
      u = new URL(url);
    } catch {
      return { skip: true };
    }
    if (u.origin !== origin) return { skip: true };
    const p = decodeURIComponent(u.pathname);
    const file = p.startsWith('/assets/') ? path.join(root, 'assets', p.slice('/assets/'.length)) : path.join(root, 'src/taskpane', p.replace(/^\/+/, ''));
    return { file, rel: path.relative(root, file).split(path.sep).join('/') };
  };
  const values = (node) => (node ? [attr(node, 'DefaultValue'), ...kids(node, 'Override').map((o) => attr(o, 'Value'))].filter(Boolean) : []);

  const checkImage = (node, url, size, what) => {
    const f = localFile(url);
    if (f.skip) return warn(node, `${what}: ${url} is not on the pane's origin (${origin}); its file was not checked`);
    if (!fs.existsSync(f.file)) return error(node, `${what}: ${url} has no file ${f.rel}`);
    const dim = pngSize(f.file);
    if (!dim) return warn(node, `${what}: ${f.rel} is not a PNG; its size was not checked`);
    if (dim.width !== size || dim.height !== size) error(node, `${what}: ${f.rel} is ${dim.width}×${dim.height} px, expected ${size}×${size}`);
    const bytes = fs.statSync(f.file).size;
    if (bytes > 100 * 1024) warn(node, `${what}: ${f.rel} is ${Math.round(bytes / 1024)} KB; Office wants images under 100 KB`);
  };
  const checkPage = (node, url, what) => {
    const f = localFile(url);
    if (f.skip) return warn(node, `${what}: ${url} is not on the pane's origin (${origin}); not checked`);
    if (!fs.existsSync(f.file)) error(node, `${what}: ${url} is served from ${f.rel}, which does not exist`);
  };

  for (const [name, size] of [['IconUrl', 32], ['HighResolutionIconUrl', 64]]) {
    const node = kid(m, name, NS.app);
    for (const v of values(node)) checkImage(node, v, size, `OfficeApp › ${name}`);
  }
  for (const v of values(source)) checkPage(source, v, 'DefaultSettings › SourceLocation');
  const support = kid(m, 'SupportUrl', NS.app);
  for (const v of values(support)) checkPage(support, v, 'OfficeApp › SupportUrl');

  // Images: each is referenced at one size, and its PNG has that size.
  const sizes = new Map();
  for (const r of result.refs ?? []) {
    if (r.kind !== 'Images' || !r.id || !result.resources.Images.has(r.id) || r.size === undefined) continue;
    if (!sizes.has(r.id)) sizes.set(r.id, new Set());
    sizes.get(r.id).add(Number(r.size));
  }
  for (const [id, node] of result.resources.Images) {
    const s = sizes.get(id);
    if (!s) continue;
    if (s.size > 1) {
      error(node, `Resources › Images › ${id}: used at sizes ${[...s].join(' and ')}; one image has one size`);
      continue;
    }
    for (const v of values(node)) checkImage(node, v, [...s][0], `Resources › Images › ${id}`);
  }
  for (const [id, node] of result.resources.Urls) {
    for (const v of values(node)) if (/\.html?$/i.test(new URL(v, 'https://x/').pathname)) checkPage(node, v, `Resources › Urls › ${id}`);
  }
}

// ---------------------------------------------------------------- entry points

/** Checks a manifest file; resolves with {problems: [{severity, line, col, message}], errors, warnings}. */
async function validateManifest(manifestPath, options = {}) {
  const root = path.resolve(options.root ?? path.dirname(manifestPath));
  let text;
  try {
    text = fs.readFileSync(manifestPath, 'utf8');
  } catch (e) {
    const problems = [{ severity: 'error', message: `cannot read ${manifestPath}: ${e.message}` }];
    return { problems, errors: 1, warnings: 0 };
  }
  const result = validateXmlText(text);
  const { problems } = result;
  if (result.root && result.refs) {
    checkFiles(result, root);
    // The reader the Office tools use (office-addin-debugging, office-addin-manifest) must parse it too.
    try {
      const { OfficeAddinManifest } = require('office-addin-manifest');
      const info = await OfficeAddinManifest.readManifestFile(path.resolve(manifestPath));
      if (info.officeAppType !== 'TaskPaneApp') problems.push({ severity: 'error', message: `office-addin-manifest reads the add-in type as ${info.officeAppType}` });
      if (!info.id || !info.defaultSettings?.sourceLocation) problems.push({ severity: 'error', message: 'office-addin-manifest reads no Id or no SourceLocation' });
    } catch (e) {
      problems.push({ severity: 'error', message: `office-addin-manifest cannot read it: ${String(e.message ?? e).split('\n')[0]}` });
    }
  }
  problems.sort((a, b) => (a.line ?? 1e9) - (b.line ?? 1e9));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { problems, errors, warnings: problems.length - errors };
}

async function main(argv) {
  let manifest;
  let root;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--root') root = argv[++i];
    else if (argv[i] === '-h' || argv[i] === '--help') {
      console.log('usage: node scripts/validate-manifest.js [manifest.xml] [--root DIR]');
      return 0;
    } else if (argv[i].startsWith('-') || manifest) {
      console.error(`validate-manifest: unexpected argument ${argv[i]}\nusage: node scripts/validate-manifest.js [manifest.xml] [--root DIR]`);
      return 2;
    } else manifest = argv[i];
  }
  if (root === '') return 2;
  manifest = manifest ?? path.join(__dirname, '..', 'manifest.xml');
  const shown = path.relative(process.cwd(), manifest) || manifest;
  const { problems, errors, warnings } = await validateManifest(manifest, { root });
  for (const p of problems) {
    const at = p.line ? `${shown}:${p.line}:${p.col}` : shown;
    (p.severity === 'error' ? console.error : console.log)(`${at}: ${p.severity}: ${p.message}`);
  }
  const summary = `${shown}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (offline check: well-formedness, schema structure, resources, icons, https)`;
  if (errors) console.error(summary);
  else console.log(`${summary} — OK`);
  return errors ? 1 : 0;
}

module.exports = { validateManifest, validateXmlText, pngSize };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(`validate-manifest: ${e.stack ?? e}`);
      process.exitCode = 1;
    },
  );
}
