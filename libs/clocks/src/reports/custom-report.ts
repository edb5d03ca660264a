import { z } from 'zod';

/** Custom clocks come from scenarios, which say nothing about contents: accept any object. */
export const CustomReport = z.looseObject({}).describe('Custom clock report');
