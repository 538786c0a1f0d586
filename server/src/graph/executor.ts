// Owns the driver: one per process. Reads run in read transactions and writes in write
// transactions, each with a timeout; sessions are always closed; errors leave translated.
import { setTimeout as delay } from "node:timers/promises";
import neo4j, {
  isRetryableError,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from "neo4j-driver";
import { translateNeo4jError } from "./errors.ts";

/** How long a single read statement retries transient errors, as `maxTransactionRetryTime`. */
const RETRY_WINDOW_MS = 5_000;

export interface ExecutorOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** Default transaction timeout in ms. */
  timeoutMs?: number;
}

export interface Statement {
  cypher: string;
  params?: Record<string, unknown>;
}

export interface RunOptions {
  timeoutMs?: number;
}

export class Executor {
  readonly driver: Driver;
  readonly database: string | undefined;
  private readonly timeoutMs: number;
  /** Round trips sent, for tests and diagnostics (batching is checked by counting these). */
  queryCount = 0;

  constructor(options: ExecutorOptions) {
    const auth = options.password
      ? neo4j.auth.basic(options.user ?? "neo4j", options.password)
      : undefined;
    this.driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      logging: { level: "error", logger: () => {} },
    });
    this.database = options.database;
    this.timeoutMs = options.timeoutMs ?? 15_000;
  }

  async verify(): Promise<void> {
    try {
      await this.driver.getServerInfo(this.database ? { database: this.database } : {});
    } catch (error) {
      throw translateNeo4jError(error);
    }
  }

  /** Runs `work` in one read transaction. */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>, options: RunOptions = {}): Promise<T> {
    return this.run("READ", work, options);
  }

  /** Runs `work` in one write transaction (retried by the driver on transient errors). */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>, options: RunOptions = {}): Promise<T> {
    return this.run("WRITE", work, options);
  }

  /**
   * One statement in a read transaction, returning plain objects. The transaction is an
   * auto-commit one in a READ session, with the same timeout: Bolt sends it as one RUN+PULL
   * instead of BEGIN, RUN+PULL and COMMIT, each its own socket write and server reply.
   */
  async query<T extends RecordShape = RecordShape>(
    statement: Statement,
    options: RunOptions = {},
  ): Promise<T[]> {
    const result = await this.queryResult<T>(statement, options);
    return result.records.map((record) => record.toObject());
  }

  /**
   * `query` with the driver's result (records and summary). A managed transaction would buy a
   * single read statement nothing but its retries, so transient errors are retried here alike.
   */
  async queryResult<T extends RecordShape = RecordShape>(
    statement: Statement,
    options: RunOptions = {},
  ): Promise<QueryResult<T>> {
    const started = Date.now();
    for (let attempt = 0; ; attempt += 1) {
      const session = this.driver.session({
        defaultAccessMode: neo4j.session.READ,
        ...(this.database ? { database: this.database } : {}),
      });
      try {
        this.queryCount += 1;
        return await session.run<T>(statement.cypher, statement.params ?? {}, {
          timeout: options.timeoutMs ?? this.timeoutMs,
        });
      } catch (error) {
        if (!isRetryableError(error) || Date.now() - started > RETRY_WINDOW_MS) {
          throw translateNeo4jError(error);
        }
      } finally {
        await session.close();
      }
      await delay(Math.min(1_000, 50 * 2 ** attempt));
    }
  }

  /** One statement in a write transaction, returning plain objects. */
  async mutate<T extends RecordShape = RecordShape>(
    statement: Statement,
    options: RunOptions = {},
  ): Promise<T[]> {
    return this.write(async (tx) => {
      const result: QueryResult<T> = await tx.run<T>(statement.cypher, statement.params ?? {});
      return result.records.map((record) => record.toObject());
    }, options);
  }

  /**
   * One statement in an auto-commit transaction: only for statements that manage their own
   * transactions (`CALL { ... } IN TRANSACTIONS`), which a managed transaction cannot run.
   */
  async autoCommit<T extends RecordShape = RecordShape>(
    statement: Statement,
    options: RunOptions = {},
  ): Promise<T[]> {
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
    try {
      this.queryCount += 1;
      const result = await session.run<T>(statement.cypher, statement.params ?? {}, {
        timeout: options.timeoutMs ?? this.timeoutMs,
      });
      return result.records.map((record) => record.toObject());
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async run<T>(
    mode: "READ" | "WRITE",
    work: (tx: ManagedTransaction) => Promise<T>,
    options: RunOptions,
  ): Promise<T> {
    const session = this.driver.session({
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
    const config = { timeout: options.timeoutMs ?? this.timeoutMs };
    const counted = async (tx: ManagedTransaction) => {
      const original = tx.run.bind(tx);
      const countingTx = Object.create(tx) as ManagedTransaction;
      countingTx.run = ((...args: Parameters<ManagedTransaction["run"]>) => {
        this.queryCount += 1;
        return original(...args);
      }) as ManagedTransaction["run"];
      return work(countingTx);
    };
    try {
      return mode === "READ"
        ? await session.executeRead(counted, config)
        : await session.executeWrite(counted, config);
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }
}
