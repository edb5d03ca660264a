import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ScenarioEntity } from './scenario.entity';
import type { Scenario } from '../schema/scenario.schema';

export type ScenarioOrigin = 'shipped' | 'upload';

/** One stored version of a scenario. The database refuses updates and deletes of these rows. */
@Entity({ name: 'scenario_version' })
@Index('UQ_scenario_version', ['scenarioId', 'version'], { unique: true })
@Index('IDX_scenario_version_hash', ['scenarioId', 'contentHash'])
@Check('CHK_scenario_version_origin', `"origin" IN ('shipped', 'upload')`)
export class ScenarioVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'scenario_id', type: 'uuid' })
  scenarioId!: string;

  @ManyToOne(() => ScenarioEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'scenario_id', foreignKeyConstraintName: 'FK_scenario_version_scenario' })
  scenario?: ScenarioEntity;

  @Column({ type: 'integer' })
  version!: number;

  /** The YAML exactly as it was submitted: what was reviewed is what is kept. */
  @Column({ type: 'text' })
  source!: string;

  /** The validated scenario, so readers need not parse YAML again. */
  @Column({ type: 'jsonb' })
  content!: Scenario;

  /** sha256 of the source, hex. */
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @Column({ type: 'varchar', length: 16 })
  origin!: ScenarioOrigin;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
