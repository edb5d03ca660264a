import { OrganisationEntity } from '@driehoek/identity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ExerciseExport } from './exercise-export.document';

/**
 * An exercise exported by another installation, imported read-only for review after its chain
 * verified: the document as it was verified, plus what lists show. Append-only: the database
 * refuses updates and deletes, so a review copy stays the copy that was checked.
 */
@Entity({ name: 'exercise_import' })
@Index('IDX_exercise_import_organisation', ['organisationId', 'importedAt'])
export class ExerciseImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The importing organisation; its members read the copy. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'imported_by', type: 'uuid', nullable: true })
  importedBy!: string | null;

  @Column({ name: 'imported_at', type: 'timestamptz', default: () => 'now()' })
  importedAt!: Date;

  /** The exercise's id at the source installation: part of every hashed event. */
  @Column({ name: 'source_exercise_id', type: 'uuid' })
  sourceExerciseId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'source_organisation_name', type: 'text' })
  sourceOrganisationName!: string;

  @Column({ name: 'scenario_id', type: 'varchar', length: 80 })
  scenarioId!: string;

  @Column({ name: 'scenario_version', type: 'integer' })
  scenarioVersion!: number;

  @Column({ name: 'event_count', type: 'integer' })
  eventCount!: number;

  /** The head of the chain as recomputed here, to compare with the source's verify endpoint. */
  @Column({ name: 'head_hash', type: 'char', length: 64 })
  headHash!: string;

  @Column({ name: 'exported_at', type: 'timestamptz' })
  exportedAt!: Date;

  @Column({ type: 'jsonb' })
  document!: ExerciseExport;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_exercise_import_organisation' })
  organisation?: OrganisationEntity;
}
