export { buildProcessorRecordDocument } from './build-processor-record';
export { controllerAnchor, controllerTitle } from './controller-section';
export { selectControllerSections, type ControllerSection } from './selection';
