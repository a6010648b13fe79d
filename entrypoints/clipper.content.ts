export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main() {
    return { ok: false };
  },
});
