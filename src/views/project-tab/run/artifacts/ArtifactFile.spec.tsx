import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { ArtifactFile } from './ArtifactFile';

// A binary file: download-only, so the file's frame renders without reading any bytes.
const weights = { path: 'model dir/weights #1.bin', isDir: false, fileSize: 2048 };

const renderFile = (mlflowUrl?: string) =>
  render(
    <MemoryRouter>
      <ArtifactFile
        namespace="team-a"
        experimentId="7"
        runId="abc123"
        mlflowUrl={mlflowUrl}
        entry={weights}
      />
    </MemoryRouter>,
  );

describe('ArtifactFile, Open in MLflow', () => {
  it("links the same artifact in the MLflow UI's run page, in the workspace", () => {
    renderFile('https://gateway.example.com/mlflow');
    const link = screen.getByRole('link', { name: 'Open artifact in MLflow' });
    expect(link).toHaveAttribute(
      'href',
      'https://gateway.example.com/mlflow/#/experiments/7/runs/abc123/artifacts/model%20dir/weights%20%231.bin?workspace=team-a',
    );
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('offers no link without an https MLflow address', () => {
    renderFile('http://gateway.example.com/mlflow');
    expect(screen.getByText('model dir/weights #1.bin')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /in MLflow/ })).not.toBeInTheDocument();
  });
});
