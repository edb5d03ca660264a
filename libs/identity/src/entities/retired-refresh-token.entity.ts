import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SessionEntity } from './session.entity';

/**
 * A refresh token its session has rotated away from. Presented again, it shows that two parties
 * hold the session's tokens (OAuth 2.0 Security BCP, refresh token reuse): the session ends.
 */
@Entity({ name: 'retired_refresh_token' })
@Index('IDX_retired_refresh_token_session', ['sessionId'])
export class RetiredRefreshTokenEntity {
  @PrimaryColumn({ name: 'refresh_hash', type: 'char', length: 64 })
  refreshHash!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ name: 'retired_at', type: 'timestamptz' })
  retiredAt!: Date;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_retired_refresh_token_session' })
  session?: SessionEntity;
}
