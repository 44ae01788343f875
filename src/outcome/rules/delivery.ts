import type { Delivery } from '../../model/theme.js';

/** The order delivery options are listed in, whatever order items give them in. */
const DELIVERY_ORDER: readonly Delivery[] = ['窗口领取', '邮寄送达', '电子证照', '立等可取'];

/** The case offers every delivery option some step offers, in the fixed order. */
export function unionInFixedOrder(offered: readonly (readonly Delivery[])[]): Delivery[] {
  const union: Delivery[] = [];
  for (const option of DELIVERY_ORDER) {
    for (let step = 0; step < offered.length; step++) {
      if ((offered[step] as readonly Delivery[]).includes(option)) {
        union.push(option);
        break;
      }
    }
  }
  return union;
}
