import { defineModule } from '../module.ts';
import { Session } from './session.entity.ts';
import { RefreshToken } from './refresh-token.entity.ts';

/** Sessions and their rotating refresh tokens (their GraphQL fields belong to `users`). */
export const sessionsModule = defineModule({
  name: 'sessions',
  entities: [Session, RefreshToken],
});
