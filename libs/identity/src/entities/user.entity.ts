import { Unique, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'app_user' })
@Unique('UQ_app_user_email', ['email'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; unique. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  /** argon2id, PHC string format. */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash!: string;

  /** May create organisations and manage every organisation's users. The first admin is one. */
  @Column({ name: 'platform_admin', type: 'boolean', default: false })
  platformAdmin!: boolean;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
