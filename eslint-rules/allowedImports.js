// An ESLint rule that lets a folder import only what it lists: some packages (and their subpaths) and
// relative paths that stay inside the folder. An allow-list, unlike a list of what is forbidden, also
// catches the package nobody thought to forbid.
import { dirname, relative, resolve, sep } from 'node:path';

/** @type {import('eslint').Rule.RuleModule} */
export const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Allow only listed packages and relative imports within a folder' },
    schema: [
      {
        type: 'object',
        properties: {
          folder: { type: 'string' },
          packages: { type: 'array', items: { type: 'string' } },
          message: { type: 'string' },
        },
        required: ['folder', 'packages', 'message'],
        additionalProperties: false,
      },
    ],
    messages: { notAllowed: "'{{source}}': {{message}}" },
  },
  create(context) {
    const { folder, packages, message } = context.options[0];
    const root = resolve(context.cwd, folder);
    const allowed = (source) => {
      if (source.startsWith('.')) {
        const inside = relative(root, resolve(dirname(context.filename), source));
        return inside !== '..' && !inside.startsWith(`..${sep}`) && !inside.startsWith(sep);
      }
      return packages.some((name) => source === name || source.startsWith(`${name}/`));
    };
    const checkLiteral = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!allowed(source.value)) context.report({ node: source, messageId: 'notAllowed', data: { source: source.value, message } });
    };
    const check = (node) => checkLiteral(node.source);
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
      // `import('node:fs').Stats` in a type, and `import fs = require('node:fs')`.
      TSImportType: check,
      TSExternalModuleReference: (node) => checkLiteral(node.expression),
    };
  },
};
