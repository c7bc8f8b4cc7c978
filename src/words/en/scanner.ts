// The hardware scanner: the keyboard button of scan fields, the scanner
// self-test and its printable test card, and the spoken read-back of a step.
export const scanner = {
  'scanner.keyboard': 'Type with the keyboard',
};
