// Finds sentences still written into floor code instead of the catalogue: JSX
// text, text-bearing JSX attributes (label, aria-label, placeholder…) and
// string or template literals that read like words (two words, or a
// capitalised word). Used by hard-coded.test.ts; Node only (reads no files itself).
import ts from 'typescript';

export interface Hit {
  line: number;
  text: string;
}

/**
 * JSX attributes whose values are never read by a person (and every data-* and aria-* but the text ones). Every other attribute's literal text is.
 * value: an <option>'s code (its shown text is its children; no input of this app shows a literal value); scope and accept: a table
 * header's and a file input's; kind and path: which list or screen a console component serves, by its code.
 */
const NON_TEXT_ATTRIBUTES = new Set([
  'className', 'key', 'id', 'type', 'role', 'inputMode', 'pattern', 'autoComplete', 'autoCapitalize', 'htmlFor', 'name', 'href', 'rel', 'target',
  'value', 'scope', 'accept', 'kind', 'path',
]);
const TEXT_ARIA = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext']);
const isNonTextAttribute = (name: string) =>
  NON_TEXT_ATTRIBUTES.has(name) || name.startsWith('data-') || (name.startsWith('aria-') && !TEXT_ARIA.has(name));

/** Calls whose string arguments are not words: catalogue keys, logs, developer errors, performance marks. */
const NON_TEXT_CALLS = new Set(['say', 'describeCode', 'console.log', 'console.warn', 'console.error', 'console.info', 'performance.mark']);

const LETTERS = /\p{L}/u;
/** Two words side by side, a capitalised word, or a word ending a sentence. */
const SENTENCE = /\p{L}{2,}\s+\S|\S\s+\p{L}{2,}|\p{Lu}\p{Ll}|\p{L}[.!?…]$/u;
/** One token in camel case or with digits (DataMatrix, Code128, QuotaExceededError): a name in code, never a word of a sentence. */
const IDENTIFIER = /^(?=\S*(\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}|\d))[\p{L}\d_]+$/u;
const readsLikeWords = (text: string) => SENTENCE.test(text) && !IDENTIFIER.test(text);

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression)) return `${e.expression.text}.${e.name.text}`;
  return '';
}

/** The JSX attribute a literal is (part of) the value of, through conditionals, ?? / || / && and parentheses. */
function valueOfAttribute(node: ts.Node): ts.JsxAttribute | null {
  let at: ts.Node = node;
  for (;;) {
    const parent = at.parent;
    if (ts.isJsxAttribute(parent)) return parent;
    const passes = ts.isJsxExpression(parent) || ts.isParenthesizedExpression(parent)
      || (ts.isConditionalExpression(parent) && parent.condition !== at)
      || (ts.isBinaryExpression(parent) && parent.right === at && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(parent.operatorToken.kind));
    if (!passes) return null;
    at = parent;
  }
}

const attributeName = (a: ts.JsxAttribute): string => a.name.getText();

/** True where a literal is never shown: module names, types, keys, comparisons, case labels, non-text attributes and calls. */
function isNeverShown(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isExternalModuleReference(parent)) return true;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isEnumMember(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node) return true;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
  if (ts.isCaseClause(parent)) return true;
  if (ts.isBinaryExpression(parent) && [
    ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken, ts.SyntaxKind.InKeyword,
  ].includes(parent.operatorToken.kind)) return true;
  for (let at: ts.Node = node; !ts.isSourceFile(at); at = at.parent) {
    if (ts.isJsxAttribute(at) && isNonTextAttribute(attributeName(at))) return true;
    if ((ts.isCallExpression(at) || ts.isNewExpression(at)) && at !== node) {
      if (at.expression.kind === ts.SyntaxKind.ImportKeyword) return true;
      const name = calleeName(at);
      if (NON_TEXT_CALLS.has(name) || name === 'Error' || name.endsWith('Error')) return true;
    }
    if (ts.isTaggedTemplateExpression(at)) return true;
  }
  return false;
}

/** The literal text people would read, with `{}` for each placeholder of a template. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => `{}${s.literal.text}`).join('');
  return null;
}

export function hardCodedWords(fileName: string, source: string): Hit[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const hits: Hit[] = [];
  const hit = (node: ts.Node, text: string) => hits.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text });
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      const text = node.text.replace(/\s+/g, ' ').trim();
      if (LETTERS.test(text)) hit(node, text);
      return;
    }
    const text = literalText(node);
    if (text !== null) {
      if (!isNeverShown(node)) {
        const attribute = valueOfAttribute(node);
        // An attribute's value is read (aria-label, label, placeholder…): any letter counts. Elsewhere, what reads like words.
        if (attribute ? LETTERS.test(text.replaceAll('{}', '')) : readsLikeWords(text)) hit(node, text);
      }
      if (ts.isTemplateExpression(node)) node.templateSpans.forEach((s) => visit(s.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return hits;
}
