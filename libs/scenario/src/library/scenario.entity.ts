import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A scenario in the library; its content lives in immutable versions. */
@Entity({ name: 'scenario' })
export class ScenarioEntity {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'latest_version', type: 'integer' })
  latestVersion!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
