export const STATUSES = ['success', 'insufficient', 'no_similar', 'incomplete_data', 'no_data', 'error'] as const;
export type Status = (typeof STATUSES)[number];

export type StatusCounts = Record<Status, number>;

export function emptyCounts(): StatusCounts {
  return { success: 0, insufficient: 0, no_similar: 0, incomplete_data: 0, no_data: 0, error: 0 };
}
