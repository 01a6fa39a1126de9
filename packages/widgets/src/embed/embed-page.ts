// The script of the iframe embed page (dist/embed.html): shows one danvan element described by the page's query
// string, and tells the parent page its height. Loaded after the CDN bundle, which has registered the elements.
// Everything is created with createElement/setAttribute/textContent: nothing from the URL is parsed as HTML.
import { HEIGHT_MESSAGE, PING_MESSAGE, type EmbedHeightMessage } from './embed-message.js';
import { EMBED_ELEMENTS, planEmbed } from './embed-params.js';

// The page's own words (the elements' ones would bring every message of theirs into this script).
const TEXT = {
  vi: {
    nothing: `Không có biểu đồ để nhúng: tham số el phải là một trong ${EMBED_ELEMENTS.join(', ')}.`,
    unloaded: 'Không tải được tệp cdn/danvan.min.js đặt cạnh trang này.',
    refused: (names: string) => `Không hiển thị biểu đồ: đường dẫn ${names} không được phép (chỉ chấp nhận http, https hoặc đường dẫn tương đối).`,
  },
  en: {
    nothing: `Nothing to embed: the el parameter must be one of ${EMBED_ELEMENTS.join(', ')}.`,
    unloaded: 'Could not load cdn/danvan.min.js, which belongs beside this page.',
    refused: (names: string) => `The chart is not shown: the ${names} address is not allowed (only http, https or a relative path).`,
  },
};

const plan = planEmbed(location.search, location.href, (tag) => (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes);
document.documentElement.lang = plan.lang;

if (plan.tag && !plan.refused.length) {
  const element = document.createElement(plan.tag);
  for (const [name, value] of plan.attributes) element.setAttribute(name, value);
  const heading = element.getAttribute('heading');
  if (heading) document.title = heading;
  document.body.append(element);
} else {
  // A refused URL, an unknown element or a missing bundle: say so where the chart would be, in the page's language.
  const text = TEXT[plan.lang];
  const message = document.createElement('p');
  message.className = 'refused';
  message.setAttribute('role', 'alert');
  message.textContent = plan.tag ? text.refused(plan.refused.join(', ')) : plan.unregistered ? text.unloaded : text.nothing;
  document.body.append(message);
}

let reported = -1;

/** Posts the page's height to the parent when it changed (or when asked). */
function report(again = false): void {
  if (parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === reported && !again) return;
  reported = height;
  const message: EmbedHeightMessage = plan.id ? { type: HEIGHT_MESSAGE, height, id: plan.id } : { type: HEIGHT_MESSAGE, height };
  parent.postMessage(message, '*');
  // The shape AMP's <amp-iframe resizable> listens for.
  parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}

// Fires once on observe (the first report), then on every change: data arriving, a narrower iframe, a new language.
new ResizeObserver(() => report()).observe(document.documentElement);
addEventListener('message', (event) => {
  if (event.source === parent && (event.data as { type?: unknown } | null)?.type === PING_MESSAGE) report(true);
});
