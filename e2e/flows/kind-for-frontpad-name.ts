import type { OrderStatusKind } from '../../utils/zenky/schemas';

/**
 * Zenky kinds for the usual Frontpad status names, used by the demo and the tests to map
 * the stand-in's statuses the way an operator would.
 */
export const KIND_FOR_FRONTPAD_NAME: Record<string, OrderStatusKind> = {
  Новый: 'pending',
  Принят: 'submitted',
  'В производстве': 'packing',
  Произведен: 'ready',
  'Передан курьеру': 'awaiting_delivery',
  'В пути': 'delivering',
  Выполнен: 'completed',
  Отменен: 'cancelled',
  'На паузе': 'custom',
};

/** The five codes the demo marks for webhooks: the moments a customer cares about. */
export const DEMO_NOTIFY_CODES = [3, 12, 4, 10, 11];
