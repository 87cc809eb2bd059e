// i18next-parser's lexers for .ts and .tsx, made to see a t() call inside the arguments of another:
//   t('Phase: {{phase}}', { phase: component.status?.phase ?? t('not reported') })
// i18next-parser reads a call's key and options by shift()ing them off the syntax tree's own
// argument list, so its walk of the tree never reaches what was in them, and 'not reported' was
// never extracted (the console then logs it as a missing key). Here it shifts a copy instead.
import { JavascriptLexer, JsxLexer } from 'i18next-parser';

const keepingArguments = (Lexer) =>
  class extends Lexer {
    expressionExtractor(node) {
      const original = node.arguments;
      node.arguments = Object.assign([...original], { pos: original.pos, end: original.end });
      try {
        return super.expressionExtractor(node);
      } finally {
        node.arguments = original;
      }
    }
  };

export const NestedCallJavascriptLexer = keepingArguments(JavascriptLexer);
export const NestedCallJsxLexer = keepingArguments(JsxLexer);
