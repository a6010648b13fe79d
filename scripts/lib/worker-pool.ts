/**
 * A small pool of worker threads for per-page jsdom work. jsdom leaks memory page after page, so
 * each worker is replaced after `recycleAfter` tasks; a task that does not answer within
 * `taskTimeoutMs` has its worker terminated and is reported as failed, so one pathological page
 * cannot hang a corpus run.
 */
import { Worker } from 'node:worker_threads';

export interface PoolOptions {
  workerUrl: URL;
  size: number;
  recycleAfter: number;
  taskTimeoutMs: number;
  /** Heap limit of each worker (jsdom on a 20 MB page needs room). */
  maxOldGenerationSizeMb?: number;
}

interface Slot {
  worker: Worker;
  tasksDone: number;
}

export class TaskTimeoutError extends Error {
  override readonly name = 'TaskTimeoutError';
}

/** Runs `tasks` (in order of start) and resolves with the results in task order. */
export async function runPool<Task, Result>(
  tasks: readonly Task[],
  options: PoolOptions,
  onResult?: (result: Result | Error, task: Task, index: number) => void,
): Promise<(Result | Error)[]> {
  const results: (Result | Error)[] = new Array(tasks.length);
  let next = 0;

  // `node --import tsx` does not reach worker threads on Node 20: the worker registers tsx's loader
  // itself before importing the TypeScript entry.
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `import(${JSON.stringify(tsxApi)})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(options.workerUrl.href)}); })`;
  const spawn = (): Slot => ({
    worker: new Worker(bootstrap, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: options.maxOldGenerationSizeMb ?? 4096 },
    }),
    tasksDone: 0,
  });

  const runOne = (slot: Slot, task: Task): Promise<Result | Error> =>
    new Promise((resolve) => {
      const { worker } = slot;
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (message: Result) => {
        cleanup();
        resolve(message);
      };
      const onError = (error: Error) => {
        cleanup();
        resolve(error);
      };
      const onExit = (code: number) => {
        cleanup();
        resolve(new Error(`worker exited with code ${code}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        resolve(new TaskTimeoutError(`no answer after ${options.taskTimeoutMs} ms`));
      }, options.taskTimeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(task);
    });

  const lane = async () => {
    let slot = spawn();
    try {
      while (next < tasks.length) {
        const index = next++;
        const task = tasks[index] as Task;
        const result = await runOne(slot, task);
        results[index] = result;
        onResult?.(result, task, index);
        slot.tasksDone++;
        if (result instanceof Error || slot.tasksDone >= options.recycleAfter) {
          // A failed worker may be stuck or dead; a long-lived one has leaked: start afresh.
          await slot.worker.terminate();
          slot = spawn();
        }
      }
    } finally {
      await slot.worker.terminate();
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, options.size) }, lane));
  return results;
}
