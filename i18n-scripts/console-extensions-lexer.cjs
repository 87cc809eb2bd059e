// i18next-parser lexer for console-extensions.json: extracts labels written as %namespace~Text%.
const { EventEmitter } = require('events');

const LABEL = /^%([^%]+)%$/;

class ConsoleExtensionsLexer extends EventEmitter {
  extract(content, filename) {
    let parsed;
    try {
      parsed = JSON.parse(content);
    } catch (error) {
      this.emit('warning', `${filename} is not valid JSON: ${error.message}`);
      return [];
    }
    const keys = [];
    const visit = (value) => {
      if (typeof value === 'string') {
        const match = LABEL.exec(value);
        if (match) keys.push({ key: match[1] });
      } else if (Array.isArray(value)) {
        value.forEach(visit);
      } else if (value && typeof value === 'object') {
        Object.values(value).forEach(visit);
      }
    };
    visit(parsed);
    return keys;
  }
}

module.exports = { ConsoleExtensionsLexer };
