// cytoscape-svg ships no types: it registers `cy.svg(options)`, which returns the graph as SVG text.
declare module 'cytoscape-svg' {
  const register: (cytoscape: unknown) => void;
  export default register;
}
