import { describe, expect, it } from 'vitest';
import { zonderLegeStaart } from '../../renderer/src/hooks/lijstrijen';

describe('zonderLegeStaart: the rows of a list in a form', () => {
  const leeg = (r: { jaar: string }) => r.jaar === '';
  it('drops only the blank rows at the end, so an error names the row the user sees', () => {
    expect(zonderLegeStaart([{ jaar: '2017' }, { jaar: '' }, { jaar: '2018' }, { jaar: '' }, { jaar: '' }], leeg)).toEqual([
      { jaar: '2017' },
      { jaar: '' },
      { jaar: '2018' },
    ]);
    expect(zonderLegeStaart([{ jaar: '' }], leeg)).toEqual([]);
    expect(zonderLegeStaart([], leeg)).toEqual([]);
  });
});
