import { OrganisationEntity } from '@driehoek/identity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A scenario in the library; its content lives in immutable versions. Shipped scenarios belong to
 * no organisation and are visible to everyone; an upload belongs to its organisation, so a
 * municipality that adapts a shipped scenario gets its own copy and changes nothing for others.
 */
@Entity({ name: 'scenario' })
// The migration adds NULLS NOT DISTINCT, which TypeORM cannot express, so shipped slugs are unique too.
@Index('UQ_scenario_owner_slug', ['organisationId', 'slug'], { unique: true })
export class ScenarioEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The `id` written in the YAML; unique per owner. */
  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  /** Null for shipped scenarios. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_scenario_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'latest_version', type: 'integer' })
  latestVersion!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
