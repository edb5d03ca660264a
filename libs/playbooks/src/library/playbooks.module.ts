import { Module } from '@nestjs/common';
import { PlaybookLibrary } from './playbook-library.service';

/** The playbook library; needs the global CONFIG and LOGGER from @driehoek/core. */
@Module({
  providers: [PlaybookLibrary],
  exports: [PlaybookLibrary],
})
export class PlaybooksModule {}
