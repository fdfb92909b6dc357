// Read aloud with the browser's speech synthesis, one sentence at a time (so
// that the current sentence can be highlighted and so that long texts are not
// cut short, as some engines do with long utterances).
const HIGHLIGHT_NAME = 'pagesift-speaking';
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dt, dd, td, th, pre';

// The sentences of `root` in reading order, each {text, range}, found with
// Intl.Segmenter in the text's language.
export function collectSentences(root, lang) {
  const segmenter = makeSegmenter(lang);
  const sentences = [];
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((block) => !block.parentElement.closest(BLOCKS));
  for (const block of blocks) {
    const { text, positions } = textWithPositions(block);
    for (const { segment, index } of segmenter.segment(text)) {
      const trimmed = segment.trim();
      if (trimmed === '') continue;
      const start = index + segment.indexOf(trimmed);
      const range = document.createRange();
      const from = locate(positions, start);
      const to = locate(positions, start + trimmed.length);
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      sentences.push({ text: trimmed, range, block });
    }
  }
  return sentences;
}

function makeSegmenter(lang) {
  try {
    return new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
}

function textWithPositions(block) {
  const positions = [];  // {node, start}
  let text = '';
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    positions.push({ node, start: text.length });
    text += node.data;
  }
  return { text, positions };
}

function locate(positions, offset) {
  let low = 0;
  let high = positions.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (positions[middle].start <= offset) low = middle;
    else high = middle - 1;
  }
  const { node, start } = positions[low];
  return { node, offset: Math.min(offset - start, node.data.length) };
}

export class ReadAloud {
  #synth = globalThis.speechSynthesis ?? null;
  #sentences = [];
  #index = 0;
  #rate = 1;
  #lang = '';
  #generation = 0;   // stale utterance callbacks compare against it
  #state = 'stopped';  // stopped | playing | paused
  #onChange;

  // onChange(state, index, count) after every change.
  constructor({ onChange = () => {} } = {}) {
    this.#onChange = onChange;
  }

  get available() {
    return this.#synth !== null;
  }

  get state() {
    return this.#state;
  }

  get sentences() {
    return this.#sentences;
  }

  load(root, lang) {
    this.stop();
    this.#lang = lang;
    this.#sentences = collectSentences(root, lang);
    this.#index = 0;
  }

  setRate(rate) {
    this.#rate = rate;
    if (this.#state === 'playing') this.#speak(this.#index);  // restart the sentence at the new speed
  }

  toggle() {
    if (this.#state === 'playing') {
      this.#synth.pause();
      this.#set('paused');
    } else if (this.#state === 'paused') {
      this.#synth.resume();
      this.#set('playing');
    } else {
      this.#speak(this.#index >= this.#sentences.length ? 0 : this.#index);
    }
  }

  stop() {
    this.#generation++;
    this.#synth?.cancel();
    this.#index = 0;
    this.#highlight(null);
    this.#set('stopped');
  }

  #speak(index) {
    const generation = ++this.#generation;
    this.#synth.cancel();
    if (index >= this.#sentences.length) {
      this.#highlight(null);
      this.#index = 0;
      this.#set('stopped');
      return;
    }
    this.#index = index;
    const sentence = this.#sentences[index];
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.rate = this.#rate;
    if (this.#lang) utterance.lang = this.#lang;
    utterance.onend = () => {
      if (generation === this.#generation) this.#speak(index + 1);
    };
    utterance.onerror = (event) => {
      if (generation === this.#generation && event.error !== 'interrupted' && event.error !== 'canceled') {
        this.#highlight(null);
        this.#set('stopped', event.error);
      }
    };
    this.#highlight(sentence);
    this.#set('playing');
    this.#synth.speak(utterance);
  }

  #highlight(sentence) {
    document.querySelector('.speaking-block')?.classList.remove('speaking-block');
    if (globalThis.CSS?.highlights) {
      if (sentence) CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(sentence.range));
      else CSS.highlights.delete(HIGHLIGHT_NAME);
    } else if (sentence) {
      sentence.block.classList.add('speaking-block');
    }
    if (sentence) {
      const box = sentence.range.getBoundingClientRect();
      if (box.top < 80 || box.bottom > innerHeight - 40) {
        scrollBy({ top: box.top - innerHeight / 3, behavior: 'smooth' });
      }
    }
  }

  #set(state, problem = '') {
    this.#state = state;
    this.#onChange(state, this.#index, this.#sentences.length, problem);
  }
}
