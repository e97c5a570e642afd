// The process boundaries of DESIGN.md as one lint rule. ESLint's no-restricted-imports sees only
// static `import`/`export ... from`; this rule also sees `import()`, `require()`, `import x =
// require()` and `import('x').T` types, knows every Node built-in (node:module's list, with and
// without `node:`, with subpaths), matches package subpaths (`electron/main`), resolves relative
// paths to the folder they land in, and can allow only a list of packages (so a new Node-only
// dependency is refused in the renderer without anyone adding it to a list).
import { isBuiltin } from 'node:module';
import path from 'node:path';

/** `@scope/name/sub` -> `@scope/name`; `name/sub` -> `name`. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const isRelative = (specifier) => specifier.startsWith('.') || specifier.startsWith('/');

/** The string of a literal or an expression-free template literal, else null (a computed specifier). */
function staticString(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
}

/** `folder` contains the repository-relative path `file` (both with forward slashes). */
const within = (file, folder) => file === folder || file.startsWith(`${folder}/`);

const schema = [
  {
    type: 'object',
    additionalProperties: false,
    properties: {
      /** Packages refused with a message of their own (subpaths included). */
      denyPackages: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'message'],
          properties: { name: { type: 'string' }, message: { type: 'string' } },
        },
      },
      /** Refuse every Node built-in, with this reason. */
      denyBuiltins: { type: 'string' },
      /** When given, any other package is refused ("not a package <who> may use"). */
      allowPackages: {
        type: 'object',
        additionalProperties: false,
        required: ['names', 'who'],
        properties: { names: { type: 'array', items: { type: 'string' } }, who: { type: 'string' } },
      },
      /** Repository folders a relative import may not land in. */
      denyFolders: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['folder', 'message'],
          properties: { folder: { type: 'string' }, message: { type: 'string' } },
        },
      },
      /** When given, a relative import must land in one of these folders. */
      allowFolders: {
        type: 'object',
        additionalProperties: false,
        required: ['folders', 'message'],
        properties: { folders: { type: 'array', items: { type: 'string' } }, message: { type: 'string' } },
      },
      /** Refuse `import(expr)` / `require(expr)` whose module cannot be read, with this reason. */
      denyComputed: { type: 'string' },
    },
  },
];

export const processBoundaries = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Imports that cross a process boundary (renderer, shared, services, Electron shell).',
    },
    schema,
    messages: { crossing: '{{text}}' },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const root = context.cwd;
    const fileDir = path.dirname(context.filename);

    function verdict(specifier) {
      if (isRelative(specifier)) {
        const target = path.relative(root, path.resolve(fileDir, specifier)).split(path.sep).join('/');
        for (const { folder, message } of options.denyFolders ?? [])
          if (within(target, folder)) return `"${specifier}" is in ${folder}/: ${message}`;
        const allowed = options.allowFolders;
        if (allowed && !allowed.folders.some((folder) => within(target, folder)))
          return `"${specifier}" is outside ${allowed.folders.map((f) => `${f}/`).join(', ')}: ${allowed.message}`;
        return null;
      }
      const name = packageName(specifier);
      const denied = (options.denyPackages ?? []).find((p) => p.name === name);
      if (denied) return `"${specifier}": ${denied.message}`;
      if (options.denyBuiltins && isBuiltin(specifier))
        return `"${specifier}" is a Node built-in: ${options.denyBuiltins}`;
      const allow = options.allowPackages;
      if (allow && !allow.names.includes(name))
        return `"${specifier}" is not a package ${allow.who} may use (it may need Node, or it is new: add it to allowPackages in eslint.config.mjs if it runs in a browser).`;
      return null;
    }

    function check(node, sourceNode) {
      const specifier = staticString(sourceNode);
      if (specifier === null) {
        if (options.denyComputed)
          context.report({
            node,
            messageId: 'crossing',
            data: { text: `A computed import() or require() cannot be checked: ${options.denyComputed}` },
          });
        return;
      }
      const text = verdict(specifier);
      if (text) context.report({ node, messageId: 'crossing', data: { text } });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length > 0)
          check(node, node.arguments[0]);
      },
      TSImportEqualsDeclaration(node) {
        if (node.moduleReference.type === 'TSExternalModuleReference')
          check(node, node.moduleReference.expression);
      },
      TSImportType(node) {
        // typescript-eslint 8: `argument` is a TSLiteralType around the string literal
        const argument = node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument;
        check(node, argument ?? node.source);
      },
    };
  },
};

export default { rules: { 'process-boundaries': processBoundaries } };
