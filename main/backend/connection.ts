// The parent's side of the backend (Electron's main process, browser mode, tests): starts the backend
// process, relays calls to it, keeps the secrets it hands over and sends back, and restarts it when
// it dies. A call in flight when the backend dies is answered with a clear error, never left hanging
// and never reported as done: the backend answers a write only after its transaction committed, so a
// write the client did not hear back about is either wholly in the file or wholly absent.
// Every answer carries the backend's generation (1, 2, … one per start), so the renderer can tell that
// the backend it talks to was restarted and show its recovery screen (renderer/components/BackendRecovery).
import type { ApiError } from '../../shared/api/contract';
import { BACKEND_CRASHED, type RelayReply } from '../../shared/api/client';
import type { Channel } from './channel';
import { fromBackend, type BackendStartOptions, type FromBackend } from './protocol';
import type { SecretKeeper } from './secrets';

/** One started backend process, as its spawner hands it over. */
export interface SpawnedBackend {
  channel: Channel;
  /** Ends it at once (SIGKILL or the equivalent). */
  kill(): void;
  /** Called once when it has ended, with how ("mã 1", "tín hiệu SIGKILL"). */
  onExit(listener: (how: string) => void): void;
}
export type SpawnBackend = () => SpawnedBackend;

export interface BackendConnectionOptions {
  spawn: SpawnBackend;
  options: BackendStartOptions;
  secrets: SecretKeeper;
  /** Restarts in a row within `crashWindowMs` after which it waits for a call to try again (default 3). */
  maxCrashes?: number;
  crashWindowMs?: number;
  log?: (message: string) => void;
}

/** The first start failed: `error` says why in Vietnamese (the data is locked, damaged, ...). */
export class BackendStartError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'BackendStartError';
  }
}

export const CRASHED_CODE = BACKEND_CRASHED;

const crashed = (how: string): ApiError => ({
  code: CRASHED_CODE,
  message: `Phần xử lý dữ liệu của TienDo dừng đột ngột khi đang làm việc này (${how}) và đang được khởi động lại. Việc này chưa được báo là đã xong: hãy xem lại dữ liệu rồi làm lại nếu cần. Những gì đã báo lưu xong vẫn còn nguyên, và không có thay đổi nào bị ghi dở.`,
});

const crashedRepeatedly = (count: number, minutes: number): ApiError => ({
  code: 'PHAN_XU_LY_DUNG_LIEN_TUC',
  message: `Phần xử lý dữ liệu của TienDo đã dừng đột ngột ${count} lần trong ${minutes} phút nên chưa được khởi động lại. Dữ liệu đã lưu vẫn còn nguyên. Hãy bấm "Tiếp tục" để thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại TienDo và báo cho bộ phận kỹ thuật.`,
});

const diedAtStart = (how: string): ApiError => ({
  code: 'KHONG_KHOI_DONG_DUOC',
  message: `Phần xử lý dữ liệu của TienDo dừng ngay khi khởi động (${how}). Dữ liệu đã lưu không bị thay đổi. Hãy đóng rồi mở lại TienDo; nếu vẫn lỗi, hãy báo cho bộ phận kỹ thuật.`,
});

const CLOSED: ApiError = {
  code: 'DA_DONG',
  message: 'TienDo đang đóng nên việc này không được thực hiện.',
};

interface Life {
  spawned: SpawnedBackend;
  generation: number;
  pid: number | null;
  /** Told to stop (or replaced): its exit is expected, not a crash. */
  retired: boolean;
  stopMessage: () => void;
}

type State = 'starting' | 'ready' | 'failed' | 'stopped';

export class BackendConnection {
  private state: State = 'starting';
  private failure: ApiError | null = null;
  private life: Life | null = null;
  private generations = 0;
  private starting: Promise<void> | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, { generation: number; answer: (r: RelayReply) => void }>();
  private readonly crashTimes: number[] = [];
  private readonly exits: ((how: string) => void)[] = [];

  private constructor(private readonly config: BackendConnectionOptions) {}

  /** Starts the backend and resolves once it has opened the data; throws BackendStartError if it cannot. */
  static async start(config: BackendConnectionOptions): Promise<BackendConnection> {
    const connection = new BackendConnection(config);
    await connection.launch();
    if (connection.state !== 'ready') {
      const error = connection.failure ?? diedAtStart('không rõ lý do');
      await connection.stop();
      throw new BackendStartError(error);
    }
    return connection;
  }

  /** Which start of the backend answers now (1 for the first). */
  get generation(): number {
    return this.generations;
  }

  /** The backend's process id (null before it said hello). */
  get pid(): number | null {
    return this.life?.pid ?? null;
  }

  /** Calls `listener` each time a backend process ends unexpectedly, with how. */
  onCrash(listener: (how: string) => void): void {
    this.exits.push(listener);
  }

  /** Relays one call; always resolves, with the backend's answer or an error saying what happened. */
  async call(method: unknown, input: unknown): Promise<RelayReply> {
    if (this.state === 'failed')
      await this.launch(); // the person asked again: one more try
    else if (this.state === 'starting') await this.starting;
    const life = this.life;
    if (this.state !== 'ready' || !life) return this.reply(this.failure ?? CLOSED);
    const id = ++this.nextId;
    return new Promise((answer) => {
      this.pending.set(id, { generation: life.generation, answer });
      life.spawned.channel.post({ type: 'call', id, method, input });
    });
  }

  /** Closes the data and ends the backend; waits for it to end (or kills it after `graceMs`). */
  async stop(graceMs = 5_000): Promise<void> {
    this.state = 'stopped';
    const life = this.life;
    this.answerAll(null, CLOSED);
    if (!life) return;
    life.retired = true;
    const ended = new Promise<void>((resolve) => life.spawned.onExit(() => resolve()));
    life.stopMessage();
    const timer = setTimeout(() => life.spawned.kill(), graceMs);
    await ended;
    clearTimeout(timer);
  }

  private reply(error: ApiError): RelayReply {
    return { backend: this.generations, result: { ok: false, error } };
  }

  /** Answers every pending call (of one generation, or all) with `error`. */
  private answerAll(generation: number | null, error: ApiError): void {
    for (const [id, entry] of this.pending) {
      if (generation !== null && entry.generation !== generation) continue;
      this.pending.delete(id);
      entry.answer({ backend: entry.generation, result: { ok: false, error } });
    }
  }

  private launch(): Promise<void> {
    if (this.starting) return this.starting;
    if (this.state === 'stopped') return Promise.resolve();
    this.state = 'starting';
    this.starting = new Promise<void>((resolve) => {
      const spawned = this.config.spawn();
      const life: Life = {
        spawned,
        generation: ++this.generations,
        pid: null,
        retired: false,
        stopMessage: () => spawned.channel.post({ type: 'stop' }),
      };
      this.life = life;
      const settle = (state: 'ready' | 'failed', failure: ApiError | null) => {
        if (this.life !== life || this.state !== 'starting') return;
        this.state = state;
        this.failure = failure;
        this.starting = null;
        resolve();
      };
      spawned.channel.onMessage((raw) => {
        const parsed = fromBackend.safeParse(raw);
        if (parsed.success) this.receive(life, parsed.data, settle);
      });
      spawned.onExit((how) => {
        if (life.retired || this.state === 'stopped') {
          settle('failed', this.failure ?? CLOSED);
          return;
        }
        life.retired = true;
        this.config.log?.(`[tiendo] backend ended unexpectedly (${how})`);
        this.answerAll(life.generation, crashed(how));
        for (const listener of this.exits) listener(how);
        if (this.state === 'starting') {
          settle('failed', diedAtStart(how));
          return;
        }
        this.restartAfterCrash();
      });
    });
    return this.starting;
  }

  private receive(
    life: Life,
    message: FromBackend,
    settle: (state: 'ready' | 'failed', failure: ApiError | null) => void,
  ): void {
    switch (message.type) {
      case 'hello': {
        life.pid = message.pid;
        let secrets: Record<string, string>;
        try {
          secrets = this.config.secrets.load();
        } catch (error) {
          this.config.log?.(`[tiendo] secrets could not be read: ${String(error)}`);
          secrets = {}; // the password is asked for again; the data still opens
        }
        life.spawned.channel.post({ type: 'start', options: this.config.options, secrets });
        break;
      }
      case 'ready':
        settle('ready', null);
        break;
      case 'failed':
        // It could not open the data: it is of no use, so end it; the next call tries again.
        life.retired = true;
        life.stopMessage();
        settle('failed', message.error);
        break;
      case 'result': {
        const entry = this.pending.get(message.id);
        if (!entry) break;
        this.pending.delete(message.id);
        entry.answer({ backend: life.generation, result: message.result });
        break;
      }
      case 'secret': {
        let error: string | undefined;
        try {
          this.config.secrets.apply(message.change);
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
        }
        life.spawned.channel.post({ type: 'secret.done', seq: message.seq, error });
        break;
      }
    }
  }

  private restartAfterCrash(): void {
    const now = Date.now();
    const windowMs = this.config.crashWindowMs ?? 60_000;
    const max = this.config.maxCrashes ?? 3;
    this.crashTimes.push(now);
    while (this.crashTimes.length && now - this.crashTimes[0]! > windowMs) this.crashTimes.shift();
    if (this.crashTimes.length >= max) {
      this.state = 'failed';
      this.failure = crashedRepeatedly(this.crashTimes.length, Math.max(1, Math.round(windowMs / 60_000)));
      this.crashTimes.length = 0;
      return;
    }
    void this.launch();
  }
}
