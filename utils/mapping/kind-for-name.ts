import type { OrderStatusKind } from '@/utils/zenky/schemas';

import { normalizeStatusName } from './normalize-name';

/**
 * Rules from words in a Frontpad status name to Zenky kinds, in order of preference. The
 * first rule whose pattern matches the normalized name wins, so the narrower rules come
 * first: «ожидает курьера» before «курьер», «готовится» before «готов», «не выполнен»
 * before «выполнен».
 */
const RULES: { pattern: RegExp; kinds: OrderStatusKind[] }[] = [
  { pattern: /отмен|аннул|cancel/, kinds: ['cancelled', 'rejected'] },
  { pattern: /отказ|отклон|reject|declin/, kinds: ['rejected', 'cancelled'] },
  { pattern: /ожида\S* оплат|не оплачен|awaiting payment|unpaid/, kinds: ['awaiting_payment'] },
  // A negated outcome («Не доставлен», «Не выполнен») ends the order unsuccessfully, so it
  // must not fall through to the «доставлен» and «выполн» rules below.
  {
    pattern: /(^| )не ?(доставлен|выполн|выдан|вручен|получен)|undelivered|not delivered/,
    kinds: ['cancelled', 'rejected'],
  },
  {
    pattern: /ожида\S* подтвержд|(^| )не ?подтвержд|unconfirmed|awaiting confirm/,
    kinds: ['pending', 'submitted'],
  },
  {
    pattern: /ожида\S* (курьер|доставк|отправк)|ждет курьер|awaiting (courier|delivery)/,
    kinds: ['awaiting_delivery', 'delivering'],
  },
  { pattern: /доставлен|вручен|получен клиент|delivered/, kinds: ['delivered', 'completed'] },
  {
    pattern: /выполн|заверш|закрыт|выдан|исполнен|complet|done|finish|closed/,
    kinds: ['completed', 'delivered'],
  },
  {
    pattern: /в пути|курьер|доставля|доставк|отправлен|on the way|deliver|shipp/,
    kinds: ['delivering', 'awaiting_delivery'],
  },
  {
    pattern:
      /в производств|готовит|на кухн|приготовлени|готовка|упаков|сборк|собира|cook|prepar|pack/,
    kinds: ['packing', 'ready'],
  },
  { pattern: /произвед|готов|собран|ready|cooked/, kinds: ['ready', 'packing'] },
  { pattern: /передан в|экспорт|выгружен|export/, kinds: ['exported', 'submitted'] },
  { pattern: /принят|подтвержд|оформлен|accept|confirm|submit/, kinds: ['submitted', 'exported'] },
  { pattern: /нов|создан|new|pending/, kinds: ['pending', 'submitted'] },
  { pattern: /пауз|отложен|hold|wait/, kinds: ['custom', 'pending'] },
];

/** Returns the Zenky kinds that fit a Frontpad status name, best first, or [] for none. */
export function kindsForStatusName(name: string): OrderStatusKind[] {
  const normalized = normalizeStatusName(name);
  return RULES.find((rule) => rule.pattern.test(normalized))?.kinds ?? [];
}
