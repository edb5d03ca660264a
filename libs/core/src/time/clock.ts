import { Injectable } from '@nestjs/common';

/** The wall clock, injectable so that tests can move time instead of sleeping. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
