import { ID, TEXT } from './place-codecs';
import { listParam, optionalListParam, optionalParam, param } from './place-fields';
import type { PlaceProblem } from './place-problem';
import { placeReader, readSchema, writeSchema } from './place-schema';
import type { PlaceSchema } from './place-schema';

const read = <Slice, Needs>(schema: PlaceSchema<Slice, Needs>, query: string, needs: Needs) => {
  const problems: PlaceProblem[] = [];
  const value = readSchema(schema, placeReader(new URLSearchParams(query), problems), needs);
  return { value, problems };
};

const write = <Slice, Needs>(schema: PlaceSchema<Slice, Needs>, place: Slice & Needs): string => {
  const query = new URLSearchParams();
  writeSchema(schema, place, query);
  return query.toString();
};

/** Reads back what it wrote: the same slice, nothing reported. */
describe('the kinds of field', () => {
  interface Toy {
    id?: string;
    size: number;
    child?: string;
    tags: string[];
    cols?: string[];
  }
  const NUMBER = {
    parse: (t: string) => (/^\d+$/u.test(t) ? Number(t) : undefined),
    format: String,
  };
  const TOY: PlaceSchema<Toy> = {
    id: optionalParam('id', ID, { invalid: 'bad-id' }),
    size: param('size', NUMBER, 25, { invalid: 'bad-page-size', emptyIsText: true }),
    child: optionalParam('child', TEXT, { within: 'id', unwrittenAlone: true }),
    tags: listParam('tag', TEXT, { dropEmpty: true }),
    cols: optionalListParam('col', ID, { invalid: 'bad-column' }),
  };

  it('takes an empty parameter as none, unless told it is a text to read', () => {
    expect(read(TOY, 'id=&size=&tag=&col=', {})).toEqual({
      value: { id: undefined, size: 25, child: undefined, tags: [], cols: [] },
      problems: [
        { param: 'size', value: '', kind: 'bad-page-size' },
        { param: 'col', value: '', kind: 'bad-column' },
      ],
    });
  });

  it('leaves out a value without the field it belongs to, in reading and in writing', () => {
    expect(read(TOY, 'child=c', {}).value.child).toBeUndefined();
    expect(write(TOY, { size: 25, child: 'c', tags: [] })).toBe('');
    expect(write(TOY, { id: 'i', size: 50, child: 'c', tags: ['a', ''], cols: [] })).toBe(
      'id=i&size=50&child=c&tag=a&tag=',
    );
  });

  it('tells an absent repeated parameter (unset) from one whose values were all bad', () => {
    expect(read(TOY, '', {}).value.cols).toBeUndefined();
    expect(read(TOY, 'col=a/b', {}).value.cols).toEqual([]);
  });
});
