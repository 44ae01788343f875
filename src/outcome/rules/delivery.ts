import type { Delivery } from '../../model/theme.js';

/** The order delivery options are listed in, whatever order items give them in. */
const DELIVERY_ORDER: readonly Delivery[] = ['窗口领取', '邮寄送达', '电子证照', '立等可取'];

/** The case offers every delivery option some step offers, in the fixed order. */
export function unionInFixedOrder(offered: readonly (readonly Delivery[])[]): Delivery[] {
  // One pass over what the steps offer (most offer nothing), each option met marked by its place in the order.
  let met = 0;
  for (let step = 0; step < offered.length; step++) {
    const methods = offered[step] as readonly Delivery[];
    for (let k = 0; k < methods.length; k++) {
      const at = DELIVERY_ORDER.indexOf(methods[k] as Delivery);
      if (at >= 0) met |= 1 << at;
    }
  }
  const union: Delivery[] = [];
  for (let at = 0; at < DELIVERY_ORDER.length; at++)
    if ((met & (1 << at)) !== 0) union.push(DELIVERY_ORDER[at] as Delivery);
  return union;
}
