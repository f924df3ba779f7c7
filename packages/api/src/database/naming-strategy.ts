import { UnderscoreNamingStrategy } from '@mikro-orm/core';

/** MikroORM's names, except foreign keys, which are named as PostgreSQL names them (`<table>_<columns>_fkey`). */
export class PostgresNamingStrategy extends UnderscoreNamingStrategy {
  override indexName(
    tableName: string,
    columns: string[],
    type: Parameters<UnderscoreNamingStrategy['indexName']>[2],
  ): string {
    if (type !== 'foreign') return super.indexName(tableName, columns, type);
    const table = tableName.includes('.') ? tableName.slice(tableName.indexOf('.') + 1) : tableName;
    return `${table}_${columns.join('_')}_fkey`;
  }
}
