import { describe, expect, it } from 'vitest';
import { placeFromUnitName, placeNameFor, placeNameOf } from './place.ts';

const province = { id: 1, name: 'Ủy ban nhân dân tỉnh Đồng Nai', kind: 'province', path: '/1/' };

describe('địa danh (NĐ 30/2020, Appendix I, part I, item 5)', () => {
  it('a commune-level unit writes the name of its xã or phường, not the province', () => {
    const ward = { name: 'Ủy ban nhân dân phường Biên Hòa', kind: 'commune' };
    expect(placeNameOf([ward, province])).toBe('Biên Hòa');
    expect(placeNameOf([{ name: 'Xã Bù Đăng', kind: 'commune' }, province])).toBe('Bù Đăng');
    expect(placeNameOf([{ name: 'UBND thị trấn Tây Đằng', kind: 'commune' }])).toBe('Tây Đằng');
    expect(placeNameOf([{ name: 'Ủy ban nhân dân đặc khu Côn Đảo', kind: 'commune' }])).toBe('Côn Đảo');
  });

  it('a body under a commune (the front, a mass organisation) writes the commune’s name', () => {
    const front = { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường Biên Hòa', kind: 'front' };
    expect(placeNameOf([front, { name: 'Ủy ban nhân dân phường Biên Hòa', kind: 'commune' }, province])).toBe(
      'Biên Hòa',
    );
  });

  it('a province-level body writes the province; a district-level body the district', () => {
    expect(placeNameOf([{ name: 'Sở Nội vụ', kind: 'department' }, province])).toBe('Đồng Nai');
    expect(placeNameOf([province])).toBe('Đồng Nai');
    expect(placeNameOf([{ name: 'Ủy ban nhân dân huyện Bù Đăng', kind: 'district' }, province])).toBe(
      'Bù Đăng',
    );
    expect(placeNameOf([{ name: 'Ủy ban nhân dân thành phố Cần Thơ', kind: 'province' }])).toBe('Cần Thơ');
  });

  it('keeps the full name of a unit named by a number or after a person', () => {
    expect(placeFromUnitName('Ủy ban nhân dân Phường 5')).toBe('Phường 5');
    expect(placeFromUnitName('UBND quận 3')).toBe('Quận 3');
    expect(placeFromUnitName('Ủy ban nhân dân thành phố Hồ Chí Minh')).toBe('Thành phố Hồ Chí Minh');
  });

  it('central bodies write Hà Nội', () => {
    expect(
      placeNameOf([
        { name: 'Bộ Nội vụ', kind: 'ministry' },
        { name: 'Chính phủ', kind: 'nation' },
      ]),
    ).toBe('Hà Nội');
  });

  it('loads the ancestors from the path', async () => {
    const ward = { id: 7, name: 'Ủy ban nhân dân phường Long Bình', kind: 'commune', path: '/1/7/' };
    const dept = { id: 9, name: 'Sở Nội vụ', kind: 'department', path: '/1/9/' };
    const load = async (ids: number[]) => [province].filter((u) => ids.includes(u.id));
    expect(await placeNameFor(ward, load)).toBe('Long Bình');
    expect(await placeNameFor(dept, load)).toBe('Đồng Nai');
    expect(await placeNameFor(province, load)).toBe('Đồng Nai');
  });
});
