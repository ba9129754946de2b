/** Instance states in which an instance still exists and can be started again (and so still counts). */
export function isLiveInstanceState(state: string): boolean {
  return state !== 'terminated' && state !== 'shutting-down';
}
