import { Unique, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A tenant: a veiligheidsregio, a municipality, a police unit … Nothing crosses tenants unasked. */
@Entity({ name: 'organisation' })
@Unique('UQ_organisation_name', ['name'])
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
