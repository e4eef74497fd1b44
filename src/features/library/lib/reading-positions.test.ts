import { describe, expect, it } from 'vitest';
import { MAX_POSITIONS, parsePositions, positionOf, withPosition } from './reading-positions.ts';

describe('reading positions', () => {
  it('keeps each article once, most recently read last, and forgets one back at its top', () => {
    let positions = withPosition([], 'a', 0.25);
    positions = withPosition(positions, 'b', 0.5);
    positions = withPosition(positions, 'a', 0.75);
    expect(positions).toEqual([['b', 0.5], ['a', 0.75]]);
    expect(positionOf(positions, 'a')).toBe(0.75);
    expect(positionOf(positions, 'z')).toBe(0);
    expect(withPosition(positions, 'b', 0)).toEqual([['a', 0.75]]);
  });
  it(`holds the last ${MAX_POSITIONS} articles, dropping the least recently read`, () => {
    let positions = withPosition([], 'first', 0.5);
    for (let i = 0; i < MAX_POSITIONS; i++) positions = withPosition(positions, `n${i}`, 0.1);
    expect(positions).toHaveLength(MAX_POSITIONS);
    expect(positionOf(positions, 'first')).toBe(0);
    expect(positionOf(positions, `n${MAX_POSITIONS - 1}`)).toBe(0.1);
  });
  it('reads back only well-formed entries', () => {
    expect(parsePositions('[["a",0.5],["b","x"],[3,0.2],["c",7],"d"]')).toEqual([['a', 0.5]]);
    expect(parsePositions('{"a":1}')).toEqual([]);
    expect(parsePositions('not json')).toEqual([]);
    expect(parsePositions(null)).toEqual([]);
  });
});
