import { Unique, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The one-time link printed at first start when no admin is configured. */
@Entity({ name: 'setup_token' })
@Unique('UQ_setup_token_hash', ['tokenHash'])
export class SetupTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
