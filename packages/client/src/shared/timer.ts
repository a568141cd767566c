/** The longest delay `setTimeout` keeps (2³¹−1 ms, ~24.8 days); a larger one fires at once, so every time option is capped by it. */
export const MAX_TIMER_MS = 2_147_483_647;
