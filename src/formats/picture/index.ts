export { renderMapSvg, svgExporter } from './svg';
export { svgToPng, type PngOptions } from './png';
